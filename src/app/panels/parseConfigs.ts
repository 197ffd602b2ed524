// "key=value, key=value" as a topic's configs; the engine checks names and values as Kafka does.
export function parseConfigs(
  text: string,
): { ok: true; configs: Record<string, string> } | { ok: false; message: string } {
  const configs: Record<string, string> = {};
  for (const part of text.split(',')) {
    const entry = part.trim();
    if (entry === '') continue;
    const eq = entry.indexOf('=');
    if (eq <= 0) return { ok: false, message: `"${entry}" is not key=value.` };
    configs[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  return { ok: true, configs };
}
