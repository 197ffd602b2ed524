// Command-line options the way Kafka's tools read them (joptsimple without abbreviations):
// `--name value` or `--name=value`, flags without a value, options that may repeat.

export interface OptionSpec {
  readonly name: string;
  /** 'value': one argument; 'flag': none; 'values': one argument, may repeat. */
  readonly kind: 'value' | 'flag' | 'values';
}

export interface ParsedOptions {
  has(name: string): boolean;
  value(name: string): string | undefined;
  values(name: string): readonly string[];
  readonly positional: readonly string[];
}

export type OptionsResult =
  | { readonly ok: true; readonly options: ParsedOptions }
  | {
      readonly ok: false;
      readonly kind: 'unrecognized' | 'missingArgument';
      readonly option: string;
    };

export function parseOptions(args: readonly string[], specs: readonly OptionSpec[]): OptionsResult {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const found = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    let arg = args[i]!;
    if (/^-[A-Za-z]/.test(arg)) {
      // joptsimple reads a single-dash token as a whole option name first (-partitions is
      // --partitions, as the notes' Windows commands use it); only then as short options, which
      // Kafka's tools do not have: -x is "x is not a recognized option".
      const eq = arg.indexOf('=');
      if (!byName.has(arg.slice(1, eq < 0 ? undefined : eq)))
        return { ok: false, kind: 'unrecognized', option: arg[1]! };
      arg = `-${arg}`;
    }
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = byName.get(name);
    if (!spec) return { ok: false, kind: 'unrecognized', option: name };
    const list = found.get(name) ?? [];
    found.set(name, list);
    if (spec.kind === 'flag') continue;
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < args.length) value = args[++i];
    if (value === undefined) return { ok: false, kind: 'missingArgument', option: name };
    list.push(value);
  }
  return {
    ok: true,
    options: {
      has: (name) => found.has(name),
      value: (name) => found.get(name)?.at(-1),
      values: (name) => found.get(name) ?? [],
      positional,
    },
  };
}
