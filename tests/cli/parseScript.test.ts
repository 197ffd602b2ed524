import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/cli/shell/parseScript';

const commands = (script: string) => {
  const result = parseScript(script);
  if (!result.ok) throw new Error(result.error);
  return result.commands.map((c) => ({ argv: c.argv, stdin: c.stdin, background: c.background }));
};

describe('parseScript', () => {
  it('splits words, honours quotes and skips comments', () => {
    expect(
      commands(`# a comment\nkafka-topics.sh --topic "my topic" --config 'a=b c'  # trailing\n`),
    ).toEqual([
      {
        argv: ['kafka-topics.sh', '--topic', 'my topic', '--config', 'a=b c'],
        stdin: null,
        background: false,
      },
    ]);
  });

  it('keeps Windows paths whole', () => {
    expect(
      commands('bin\\windows\\kafka-topics.bat --list ..\\..\\config\\server.properties')[0]!.argv,
    ).toEqual(['bin\\windows\\kafka-topics.bat', '--list', '..\\..\\config\\server.properties']);
  });

  it('feeds a here-document to the command as stdin', () => {
    expect(commands('kafka-console-producer.sh --topic t <<EOF\nhello\nworld\nEOF\njobs')).toEqual([
      {
        argv: ['kafka-console-producer.sh', '--topic', 't'],
        stdin: 'hello\nworld\n',
        background: false,
      },
      { argv: ['jobs'], stdin: null, background: false },
    ]);
  });

  it('feeds echo and printf pipes to the command', () => {
    expect(commands('echo "k-v" | producer')[0]!.stdin).toBe('k-v\n');
    expect(commands("printf 'a\\nb\\n' | producer")[0]!.stdin).toBe('a\nb\n');
  });

  it('marks a trailing & as a background job, and joins continued lines', () => {
    expect(commands('consumer --topic t \\\n  --group g &')).toEqual([
      { argv: ['consumer', '--topic', 't', '--group', 'g'], stdin: null, background: true },
    ]);
  });

  it('refuses what it cannot run, with the line', () => {
    expect(parseScript('cat file | producer')).toMatchObject({ ok: false, line: 1 });
    expect(parseScript('ok\nproducer <<EOF\nno end')).toMatchObject({ ok: false, line: 2 });
    expect(parseScript('echo "unterminated')).toMatchObject({ ok: false });
  });
});
