// The terminal tabs in the worker: shells side by side on one world, as terminal windows on one
// machine are.
import { describe, expect, it } from 'vitest';
import type { FromWorker } from '../../src/protocol/messages';
import { SimHost } from '../../src/worker/simHost';

const BS = '--bootstrap-server localhost:9092';

function hostWithTabs(...tabs: number[]) {
  const printed = new Map<number, string>();
  const messages: FromWorker[] = [];
  const host = new SimHost((message) => {
    messages.push(message);
    if (message.type === 'terminal.output')
      printed.set(message.tab, (printed.get(message.tab) ?? '') + message.text);
  });
  host.receive({ type: 'init', scenario: { seed: 1, brokers: [101, 102, 103], setup: [] } });
  for (const tab of tabs) host.receive({ type: 'terminal.open', tab });
  let wall = 0;
  return {
    host,
    messages,
    printed: (tab: number) => printed.get(tab) ?? '',
    line: (tab: number, text: string) => host.receive({ type: 'terminal.line', tab, text }),
    advance(ms: number) {
      for (const end = wall + ms; wall < end; wall += 16) host.tick(wall);
    },
  };
}

describe('terminal tabs in the worker', () => {
  it('two tabs can each run a console consumer in one group, and the group has both', () => {
    const t = hostWithTabs(1, 2);
    t.line(1, `kafka-topics.sh ${BS} --create --topic demo --partitions 2`);
    t.line(1, `kafka-console-consumer.sh ${BS} --topic demo --group g`);
    t.line(2, `kafka-console-consumer.sh ${BS} --topic demo --group g`);
    expect(t.printed(2)).not.toContain('Exception');
    t.advance(8_000);
    const snapshots = t.messages.flatMap((m) =>
      m.type === 'frame' && m.snapshot ? [m.snapshot] : [],
    );
    const group = snapshots.at(-1)?.groups.find((g) => g.groupId === 'g');
    expect(group?.members).toHaveLength(2);
    expect(group?.members.flatMap((m) => m.assignment)).toHaveLength(2);
  });

  it('names the running tool in the busy state, for the tab title', () => {
    const t = hostWithTabs(1);
    t.line(1, `kafka-console-consumer.sh ${BS} --topic demo`);
    expect(t.messages.filter((m) => m.type === 'terminal.state').at(-1)).toMatchObject({
      state: 'busy',
      running: 'kafka-console-consumer',
    });
  });

  it('a new cluster (sim brokers) stops the old world’s jobs in every tab and says so', () => {
    const t = hostWithTabs(1, 2);
    t.line(2, 'sleep 60 &');
    t.line(1, 'sim brokers 1 2 3');
    expect(t.printed(1)).toContain('Started a KRaft cluster with brokers 1, 2, 3.');
    expect(t.printed(2)).toContain('a new cluster replaced the old one');
    expect(t.messages.filter((m) => m.type === 'ready')).toHaveLength(2);
    t.line(2, 'jobs');
    expect(t.printed(2)).not.toContain('Running');
  });
});
