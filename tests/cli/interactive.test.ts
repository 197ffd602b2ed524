// The in-app terminal's shell: what a user at a prompt relies on — commands one after another,
// lines typed into a running producer, Ctrl+C and Ctrl+D, multi-line input, the builtins.
import { describe, expect, it } from 'vitest';
import { InteractiveShell, type ShellState } from '../../src/cli/interactive';
import type { TerminalHooks } from '../../src/cli/session';
import { createWorld } from '../../src/cli/world';

const BS = '--bootstrap-server localhost:9092';

function tab(hooks: TerminalHooks = {}) {
  const world = createWorld(1);
  let printed = '';
  const states: ShellState[] = [];
  const shell: InteractiveShell = new InteractiveShell(
    world,
    (text) => (printed += text),
    1,
    hooks,
    () => shell.onEvents(world.sim.drainEvents()),
    (state) => states.push(state),
  );
  /** Lets virtual time pass as the worker would, frame by frame. */
  const advance = (ms: number) => {
    for (let t = 0; t < ms; t += 10) {
      world.sim.advanceBy(10);
      shell.onEvents(world.sim.drainEvents());
    }
  };
  const take = () => {
    const text = printed;
    printed = '';
    return text;
  };
  return { world, shell, states, advance, take };
}

describe('the terminal shell', () => {
  it('runs a command typed at the prompt and offers the prompt again', () => {
    const t = tab();
    t.shell.submit(`kafka-topics.sh ${BS} --create --topic demo --partitions 2`);
    expect(t.take()).toBe('Created topic demo.\n');
    expect(t.shell.current).toBe('prompt');
  });

  it('keeps a line typed while a piped producer finishes, and runs it at the prompt (as bash)', () => {
    const t = tab();
    t.shell.submit(`kafka-topics.sh ${BS} --create --topic demo --partitions 1`);
    t.take();
    t.shell.submit(`echo hello | kafka-console-producer.sh ${BS} --topic demo`);
    expect(t.shell.current).toBe('busy');
    // Its stdin is the pipe: this line is not the producer's, it waits for the shell.
    t.shell.submit(`kafka-topics.sh ${BS} --list`);
    t.advance(1_500);
    expect(t.shell.current).toBe('prompt');
    expect(t.take()).toContain('demo\n');
  });

  it('after a rewind, a consumer already running then prints on; one started later is let go', () => {
    const t = tab();
    t.shell.submit(`kafka-topics.sh ${BS} --create --topic demo --partitions 1`);
    t.shell.submit(`kafka-console-consumer.sh ${BS} --topic demo --group early &`);
    t.advance(5_000);
    const before = t.world.sim.bookmark();
    t.shell.submit(`kafka-console-consumer.sh ${BS} --topic demo --group late &`);
    t.advance(5_000);
    t.world.sim.seekToBookmark(before);
    t.world.sim.dropFuture();
    // One job was let go (the late one): the shell says so by returning true.
    expect(t.shell.detachJobs()).toBe(true);
    t.take();
    t.world.sim.execute({ type: 'produce', topic: 'demo', key: null, value: 'after the rewind' });
    t.advance(5_000);
    expect(t.take()).toBe('after the rewind\n');
  });

  it('feeds typed lines to a foreground console producer, and Ctrl+D ends it', () => {
    const t = tab();
    t.shell.submit(`kafka-topics.sh ${BS} --create --topic demo --partitions 1`);
    t.take();
    t.shell.submit(
      `kafka-console-producer.sh ${BS} --topic demo --property parse.key=true --property key.separator=:`,
    );
    expect(t.shell.current).toBe('busy');
    expect(t.take()).toBe('>');
    t.shell.submit('truck_1:hello');
    t.shell.submit('truck_2:world');
    expect(t.take()).toBe('>>');
    expect(t.shell.endOfInput()).toBe(true);
    // The console producer lingers up to 1 s (its --timeout), then waits for the acknowledgements.
    t.advance(1_200);
    expect(t.shell.current).toBe('prompt');
    const records = t.world.sim.records('demo', 0, 0, 10);
    expect(records.map((r) => [r.key, r.value])).toEqual([
      ['truck_1', 'hello'],
      ['truck_2', 'world'],
    ]);
  });

  it('Ctrl+C stops a foreground consumer, which prints its total as Kafka does', () => {
    const t = tab();
    t.shell.submit(`kafka-console-consumer.sh ${BS} --topic demo --from-beginning`);
    expect(t.shell.current).toBe('busy');
    // In the app a consumer with no limit runs until stopped (only the headless runner gives up).
    t.advance(120_000);
    expect(t.shell.current).toBe('busy');
    t.take();
    t.shell.interrupt();
    // close() first sends its commit and LeaveGroup; the total is printed once they are through.
    expect(t.shell.current).toBe('busy');
    t.advance(20);
    expect(t.take()).toBe('Processed a total of 0 messages\n');
    expect(t.shell.current).toBe('prompt');
  });

  it('a background consumer prints records as they arrive while the prompt stays free', () => {
    const t = tab();
    t.shell.submit(`kafka-topics.sh ${BS} --create --topic demo --partitions 1`);
    t.shell.submit(`kafka-console-consumer.sh ${BS} --topic demo --from-beginning &`);
    expect(t.shell.current).toBe('prompt');
    t.take();
    t.shell.submit(`echo hello | kafka-console-producer.sh ${BS} --topic demo`);
    t.advance(5_000);
    expect(t.take()).toContain('hello\n');
  });

  it('waits for the rest of a here-document, then runs it', () => {
    const t = tab();
    t.shell.submit(`kafka-topics.sh ${BS} --create --topic demo --partitions 1`);
    t.shell.submit(`kafka-console-producer.sh ${BS} --topic demo <<EOF`);
    expect(t.shell.current).toBe('continue');
    t.shell.submit('first');
    t.shell.submit('second');
    t.shell.submit('EOF');
    t.advance(1_200);
    expect(t.shell.current).toBe('prompt');
    expect(t.world.sim.records('demo', 0, 0, 10).map((r) => r.value)).toEqual(['first', 'second']);
  });

  it('continues a line that ends with a backslash, as bash does', () => {
    const t = tab();
    t.shell.submit(`kafka-topics.sh ${BS} \\`);
    expect(t.shell.current).toBe('continue');
    t.shell.submit('  --create --topic demo');
    expect(t.take()).toBe('Created topic demo.\n');
  });

  it('runs pasted commands one after another, each waiting for the one before', () => {
    const t = tab();
    t.shell.submit(
      `kafka-topics.sh ${BS} --create --topic demo\nsleep 2\nkafka-topics.sh ${BS} --list`,
    );
    expect(t.take()).toBe('Created topic demo.\n');
    expect(t.shell.current).toBe('busy');
    t.advance(2_000);
    expect(t.take()).toBe('demo\n');
    expect(t.shell.current).toBe('prompt');
  });

  it('lines typed while a job that reads nothing runs wait for the prompt, as a tty keeps them', () => {
    const t = tab();
    t.shell.submit('sleep 1');
    t.shell.submit(`kafka-topics.sh ${BS} --create --topic later`);
    t.shell.submit(`kafka-topics.sh ${BS} --list`);
    expect(t.take()).toBe('');
    t.advance(1_000);
    expect(t.take()).toBe('Created topic later.\nlater\n');
    expect(t.shell.current).toBe('prompt');
  });

  it('Ctrl+C also drops what was pasted after the running command', () => {
    const t = tab();
    t.shell.submit(`sleep 60\nkafka-topics.sh ${BS} --create --topic never`);
    t.shell.interrupt();
    t.advance(1_000);
    expect(t.world.sim.snapshot().topics.some((x) => x.name === 'never')).toBe(false);
  });

  it('says what is wrong with a line it cannot read, and keeps the prompt', () => {
    const t = tab();
    t.shell.submit(`kafka-topics.sh ${BS} --list && echo done`);
    expect(t.take()).toBe(
      "bash: `&&' is not supported here: put each command on a line of its own\n",
    );
    expect(t.shell.current).toBe('prompt');
  });

  it('history lists the commands so far, numbered as bash numbers them', () => {
    const t = tab();
    t.shell.submit('echo one');
    t.shell.submit('echo two');
    t.take();
    t.shell.submit('history');
    expect(t.take()).toBe('    1  echo one\n    2  echo two\n    3  history\n');
  });

  it('help lists the tools, and clear, exit and sim speed reach the app', () => {
    const calls: string[] = [];
    const t = tab({
      clear: () => calls.push('clear'),
      exit: () => calls.push('exit'),
      setSpeed: (speed) => {
        calls.push(`speed ${speed}`);
        return speed;
      },
    });
    t.shell.submit('help');
    expect(t.take()).toContain('kafka-consumer-groups');
    t.shell.submit('clear');
    t.shell.submit('sim speed 10');
    expect(t.take()).toBe('Speed: 10× (10 simulated seconds per real second).\n');
    t.shell.submit('exit');
    expect(calls).toEqual(['clear', 'speed 10', 'exit']);
  });

  it('closing the tab stops its jobs: a background consumer leaves its group at once', () => {
    const t = tab();
    t.shell.submit(`kafka-topics.sh ${BS} --create --topic demo`);
    t.shell.submit(`kafka-console-consumer.sh ${BS} --topic demo --group readers &`);
    t.advance(5_000);
    expect(
      t.world.sim.snapshot().groups.find((g) => g.groupId === 'readers')?.members,
    ).toHaveLength(1);
    t.shell.close();
    t.advance(100);
    expect(t.world.sim.snapshot().groups.find((g) => g.groupId === 'readers')?.state).toBe('Empty');
  });
});
