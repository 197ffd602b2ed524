// The terminal as its user sees it: keys typed into a real terminal emulator (xterm.js, headless),
// through the page's controller, to a shell in the worker host and back. Assertions read the screen.
import { Terminal } from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import { TerminalController } from '../../src/app/terminal/terminalController';
import type { FromWorker } from '../../src/protocol/messages';
import { SimHost } from '../../src/worker/simHost';

const BS = '--bootstrap-server localhost:9092';

function terminalOnHost(cols = 60, { deferred = false } = {}) {
  const term = new Terminal({ cols, rows: 24, allowProposedApi: true });
  const wire: { controller?: TerminalController } = {};
  // A worker answers later, not within send(): `deferred` holds its messages until deliver().
  const held: FromWorker[] = [];
  const host = new SimHost((message: FromWorker) =>
    deferred ? held.push(message) : wire.controller?.receive(message),
  );
  host.receive({ type: 'init', scenario: { seed: 1, brokers: [0], setup: [] } });
  const controller = new TerminalController(1, term, (message) => host.receive(message));
  term.onResize(() => controller.resize());
  wire.controller = controller;
  host.receive({ type: 'terminal.open', tab: 1 });
  let wall = 0;
  return {
    controller,
    term,
    deliver() {
      for (const message of held.splice(0)) controller.receive(message);
    },
    type: (data: string) => controller.type(data),
    /** Lets wall time pass at 1×, frame by frame, as the worker's loop would. */
    advance(ms: number) {
      for (const end = wall + ms; wall < end; wall += 16) host.tick(wall);
    },
    /** The screen's rows, as text, once the emulator has taken in everything written. */
    async allRows(): Promise<string[]> {
      await new Promise<void>((resolve) => term.write('', resolve));
      const buffer = term.buffer.active;
      const rows: string[] = [];
      for (let i = 0; i < buffer.length; i++)
        rows.push((buffer.getLine(i)?.translateToString(true) ?? '').trimEnd());
      while (rows.at(-1) === '') rows.pop();
      return rows;
    },
    /** The screen from the first prompt on (below the banner). */
    async screen(): Promise<string[]> {
      const rows = await this.allRows();
      return rows.slice(
        Math.max(
          0,
          rows.findIndex((r) => r.startsWith('$')),
        ),
      );
    },
    async cursor(): Promise<{ x: number; y: number }> {
      await new Promise<void>((resolve) => term.write('', resolve));
      return { x: term.buffer.active.cursorX, y: term.buffer.active.cursorY };
    },
  };
}

describe('the terminal tab', () => {
  it('says at the top which cluster it is on', async () => {
    const t = terminalOnHost();
    expect((await t.allRows()).join('')).toBe(
      'Kafka 3.9 tools on a simulated KRaft cluster: broker 0 at localhost:9092. Type help.$',
    );
  });

  it('shows a prompt, echoes a command wrapped over rows, prints its output, prompts again', async () => {
    const t = terminalOnHost();
    t.type(`kafka-topics.sh ${BS} --create --topic demo\r`);
    expect(await t.screen()).toEqual([
      '$ kafka-topics.sh --bootstrap-server localhost:9092 --create',
      ' --topic demo',
      'Created topic demo.',
      '$',
    ]);
  });

  it('edits in the middle of a wrapped line and keeps the cursor where the editor has it', async () => {
    const t = terminalOnHost(20);
    t.type('clear\r');
    t.type('echo abcdefghijklmnopqrstuvwxyz');
    t.type('\x01' + '\x1b[C'.repeat(5) + 'X');
    expect(await t.screen()).toEqual(['$ echo Xabcdefghijkl', 'mnopqrstuvwxyz']);
    expect(await t.cursor()).toEqual({ x: 8, y: 0 });
  });

  it("a background consumer's records appear above the line being typed, which stays whole", async () => {
    const t = terminalOnHost();
    t.type(`kafka-topics.sh ${BS} --create --topic demo\r`);
    t.type(`kafka-console-consumer.sh ${BS} --topic demo --from-beginning &\r`);
    t.type(`echo hello | kafka-console-producer.sh ${BS} --topic demo\r`);
    t.type('kafka-topics.sh --li');
    // The consumer's new group waits out group.initial.rebalance.delay.ms (3 s) before it fetches.
    t.advance(6_000);
    const rows = await t.screen();
    expect(rows.at(-2)).toBe('hello');
    expect(rows.at(-1)).toBe('$ kafka-topics.sh --li');
  });

  it('a console producer reads typed lines after its > prompt; Ctrl+D ends it', async () => {
    const t = terminalOnHost();
    t.type(`kafka-topics.sh ${BS} --create --topic demo\r`);
    t.type(`kafka-console-producer.sh ${BS} --topic demo\r`);
    t.type('first\r');
    t.advance(100);
    t.type('\x04');
    t.advance(2_000);
    const rows = await t.screen();
    expect(rows.slice(-3, -1)).toEqual(['>first', '>']);
    expect(rows.at(-1)).toBe('$');
    expect(t.controller.state).toBe('prompt');
  });

  it('Ctrl+C stops the foreground consumer: ^C, its total, a new prompt', async () => {
    const t = terminalOnHost();
    t.type(`kafka-console-consumer.sh ${BS} --topic demo\r`);
    t.advance(500);
    expect(t.controller.state).toBe('busy');
    t.type('\x03');
    t.advance(50);
    expect((await t.screen()).slice(-3)).toEqual(['^C', 'Processed a total of 0 messages', '$']);
  });

  it('Tab completes a tool, then an option; a second Tab lists the choices', async () => {
    const t = terminalOnHost();
    t.type('kafka-to\t');
    expect((await t.screen()).at(-1)).toBe('$ kafka-topics.sh');
    t.type('--des\t');
    expect((await t.screen()).at(-1)).toBe('$ kafka-topics.sh --describe');
    t.type('--to\t\t');
    const rows = await t.screen();
    // Listed down the columns, as bash lists them.
    expect(rows.slice(-3, -1)).toEqual([
      '--topic                  --topics-with-overrides',
      '--topic-id',
    ]);
    expect(rows.at(-1)).toBe('$ kafka-topics.sh --describe --topic');
  });

  it('Tab then Enter typed before the worker answers runs the completed line, as a shell would', async () => {
    const t = terminalOnHost(80, { deferred: true });
    t.deliver();
    t.type(`kafka-topics.sh ${BS} --lis\t\r`);
    t.deliver();
    t.deliver();
    expect((await t.screen())[0]).toBe(`$ kafka-topics.sh ${BS} --list`);
  });

  it('after the screen narrows, the line being typed is drawn once, rewrapped', async () => {
    const t = terminalOnHost(100);
    t.type('clear\r');
    const long = 'echo ' + 'x'.repeat(65);
    t.type(long);
    t.term.resize(40, 24);
    t.type('\x1b[Dy'); // an edit mid-line redraws the whole line
    const edited = `$ ${long.slice(0, -1)}yx`;
    expect(await t.screen()).toEqual([edited.slice(0, 40), edited.slice(40, 80)]);
  });

  it('Ctrl+C gives up on a completion the worker never answers', async () => {
    const t = terminalOnHost(80, { deferred: true });
    t.deliver();
    t.type('kafka-to\t');
    t.type('\x03');
    t.deliver();
    expect(t.controller.state).toBe('prompt');
    expect((await t.screen()).slice(-2)).toEqual(['$ kafka-to^C', '$']);
  });

  it("a producer's records typed at its > prompt do not go into the shell's history", async () => {
    const t = terminalOnHost();
    t.type(`kafka-topics.sh ${BS} --create --topic demo\r`);
    t.type(`kafka-console-producer.sh ${BS} --topic demo\r`);
    t.type('a record\r');
    t.type('\x04');
    t.advance(500);
    t.type('\x1b[A');
    // (wrapped over two rows at 60 columns)
    expect((await t.screen()).slice(-2).join('')).toBe(
      `$ kafka-console-producer.sh ${BS} --topic demo`,
    );
  });

  it('the arrows bring back earlier commands', async () => {
    const t = terminalOnHost();
    t.type('echo one\r');
    t.type('echo two\r');
    t.type('\x1b[A\x1b[A');
    expect((await t.screen()).at(-1)).toBe('$ echo one');
  });

  it('clear empties the screen and leaves a prompt at the top', async () => {
    const t = terminalOnHost();
    t.type('echo one\r');
    t.type('clear\r');
    const rows = await t.screen();
    expect(rows.filter((r) => r !== '')).toEqual(['$']);
  });
});
