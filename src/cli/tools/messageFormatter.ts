// The console consumer's DefaultMessageFormatter: timestamp, partition, offset, headers, key,
// value — each only if asked for, separated by key.separator and ended by line.separator.
import type { RecordView } from '../../engine';
import { VIRTUAL_EPOCH_MS } from '../world';

export interface FormatterSettings {
  readonly timestamp: boolean;
  readonly partition: boolean;
  readonly offset: boolean;
  readonly headers: boolean;
  readonly key: boolean;
  readonly value: boolean;
  readonly keySeparator: string;
  readonly lineSeparator: string;
  readonly headersSeparator: string;
  readonly nullLiteral: string;
}

export function formatterSettings(props: ReadonlyMap<string, string>): FormatterSettings {
  const on = (name: string, fallback: boolean) => {
    const v = props.get(name);
    return v === undefined ? fallback : v.trim().toLowerCase() === 'true';
  };
  return {
    timestamp: on('print.timestamp', false),
    partition: on('print.partition', false),
    offset: on('print.offset', false),
    headers: on('print.headers', false),
    key: on('print.key', false),
    value: on('print.value', true),
    keySeparator: props.get('key.separator') ?? '\t',
    lineSeparator: props.get('line.separator') ?? '\n',
    headersSeparator: props.get('headers.separator') ?? ',',
    nullLiteral: props.get('null.literal') ?? 'null',
  };
}

export function formatRecord(r: RecordView, partition: number, f: FormatterSettings): string {
  const fields: string[] = [];
  if (f.timestamp) fields.push(`CreateTime:${VIRTUAL_EPOCH_MS + r.timestamp}`);
  if (f.partition) fields.push(`Partition:${partition}`);
  if (f.offset) fields.push(`Offset:${r.offset}`);
  if (f.headers) {
    const headers = r.headers ?? [];
    fields.push(
      headers.length === 0
        ? 'NO_HEADERS'
        : headers.map((h) => `${h.key}:${h.value ?? f.nullLiteral}`).join(f.headersSeparator),
    );
  }
  if (f.key) fields.push(r.key ?? f.nullLiteral);
  if (f.value) fields.push(r.value ?? f.nullLiteral);
  return fields.join(f.keySeparator) + f.lineSeparator;
}
