// The Create a topic panel: a topic with its replication factor and configs, configs that are not
// key=value refused before anything is asked of the cluster, partitions added, and Kafka's own
// refusal shown in place of the equivalents.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { preferReducedMotion, renderApp } from '../support/renderApp';

beforeEach(() => preferReducedMotion(true));

const panel = () => within(screen.getByTestId('fold-topic-heading'));

/** What the panel's equivalents show, by their label ("In the terminal:", "On a real cluster:"…). */
const shown = (p: ReturnType<typeof panel>): Record<string, string> =>
  Object.fromEntries(
    [...p.getByTestId('equivalents').querySelectorAll('p + pre')].map((pre) => [
      pre.previousElementSibling!.textContent,
      pre.textContent,
    ]),
  );

/** Selects what a field holds and types over it, as a user does. */
async function fill(
  user: ReturnType<typeof userEvent.setup>,
  label: string | RegExp,
  text: string,
): Promise<void> {
  const input = panel().getByLabelText<HTMLInputElement>(label);
  await user.type(input, text, {
    initialSelectionStart: 0,
    initialSelectionEnd: input.value.length,
  });
}

describe('the create a topic panel', () => {
  it('creates a topic with the partitions, replication factor and configs given', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    await user.click(screen.getByRole('heading', { name: 'Create a topic' }));
    await fill(user, 'Name', 'payments');
    await fill(user, 'Partitions', '4');
    await fill(user, 'Replication factor', '2');
    await fill(user, /retention\.ms/, '3600000');
    await fill(user, /min\.insync\.replicas/, '2');
    await fill(user, /More configs/, 'cleanup.policy=compact, segment.bytes=1048576');
    await user.click(panel().getByRole('button', { name: 'Create topic' }));
    advance(100);

    const topic = store.getState().snapshot!.topics.find((t) => t.name === 'payments')!;
    expect(topic.partitions).toHaveLength(4);
    for (const partition of topic.partitions) expect(partition.replicas).toHaveLength(2);
    expect(topic.overrides).toEqual({
      'retention.ms': '3600000',
      'min.insync.replicas': '2',
      'cleanup.policy': 'compact',
      'segment.bytes': '1048576',
    });
    expect(screen.getByTestId('partition-payments-3')).toBeInTheDocument();
    // The name is cleared for the next topic; the command is shown as kafka-topics.
    expect(panel().getByLabelText('Name')).toHaveValue('');
    const real =
      'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic payments --partitions 4 --replication-factor 2 --config retention.ms=3600000 --config min.insync.replicas=2 --config cleanup.policy=compact --config segment.bytes=1048576';
    expect(shown(panel())).toEqual({ 'In the terminal:': real, 'On a real cluster:': real });
  });

  it('refuses "More configs" that are not key=value, and creates nothing', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    const before = store.getState().snapshot;
    await fill(user, 'Name', 'payments');
    await fill(user, /More configs/, 'cleanup.policy=compact, retention');
    await user.click(panel().getByRole('button', { name: 'Create topic' }));
    advance(100);

    expect(panel().getByRole('alert')).toHaveTextContent('"retention" is not key=value.');
    expect(store.getState().snapshot).toBe(before);
    expect(store.getState().snapshot!.topics.map((t) => t.name)).not.toContain('payments');
    expect(panel().getByLabelText('Name')).toHaveValue('payments');
    expect(panel().queryByTestId('equivalents')).not.toBeInTheDocument();

    // Fixed, it goes through and the message goes.
    await fill(user, /More configs/, 'cleanup.policy=compact');
    await user.click(panel().getByRole('button', { name: 'Create topic' }));
    advance(100);
    expect(panel().queryByRole('alert')).not.toBeInTheDocument();
    expect(store.getState().snapshot!.topics.find((t) => t.name === 'payments')?.overrides).toEqual(
      { 'cleanup.policy': 'compact' },
    );
  });

  it('adds partitions to the chosen topic, and says keys may move', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    const p = panel();
    const count = p.getByLabelText('New partition count');
    // One more than it has is offered first.
    expect(count).toHaveAttribute('placeholder', '4');
    await fill(user, 'New partition count', '6');
    await user.click(p.getByRole('button', { name: 'Add partitions' }));
    advance(100);

    const orders = store.getState().snapshot!.topics.find((t) => t.name === 'orders')!;
    expect(orders.partitions).toHaveLength(6);
    expect(screen.getByTestId('partition-orders-5')).toBeInTheDocument();
    expect(shown(p)['On a real cluster:']).toBe(
      'kafka-topics.sh --bootstrap-server localhost:9092 --alter --topic orders --partitions 6',
    );
    expect(p.getByTestId('equivalents')).toHaveTextContent(/a key may move to another partition/);
    // Done: the field offers one more than the topic now has.
    expect(count).toHaveValue(null);
    expect(count).toHaveAttribute('placeholder', '7');
  });

  // The field keeps what is typed: correcting it on each keystroke made the "1" of "12" a "4".
  it('takes a partition count typed over the one offered', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    await fill(user, 'New partition count', '12');
    await user.click(panel().getByRole('button', { name: 'Add partitions' }));
    advance(100);
    const orders = store.getState().snapshot!.topics.find((t) => t.name === 'orders')!;
    expect(orders.partitions).toHaveLength(12);
  });

  it("shows Kafka's error when the replication factor exceeds the live brokers, and no equivalents", async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    // A ZooKeeper cluster places replicas on live brokers only.
    const cluster = within(screen.getByTestId('fold-cluster-heading'));
    await user.selectOptions(cluster.getByLabelText('Metadata'), 'zookeeper');
    await user.click(cluster.getByTestId('new-cluster'));
    advance(100);
    expect(store.getState().snapshot!.mode).toBe('zookeeper');

    // A first topic goes through: its equivalents show.
    await fill(user, 'Name', 'first');
    await user.click(panel().getByRole('button', { name: 'Create topic' }));
    advance(100);
    expect(panel().getByTestId('equivalents')).toBeInTheDocument();

    // Broker 103 stops (a controlled shutdown): two brokers are left for a replication factor of 3.
    const faults = within(screen.getByTestId('fold-faults-heading'));
    await user.selectOptions(faults.getByTestId('fault-broker'), '103');
    await user.click(faults.getByRole('button', { name: 'Stop' }));
    advance(2000);
    expect(store.getState().snapshot!.brokers.find((b) => b.id === 103)!.up).toBe(false);

    await fill(user, 'Name', 'payments');
    await fill(user, 'Replication factor', '3');
    await user.click(panel().getByRole('button', { name: 'Create topic' }));
    advance(100);
    expect(panel().getByRole('alert')).toHaveTextContent(
      /^InvalidReplicationFactorException: Replication factor: 3 larger than available brokers: 2\.$/,
    );
    expect(panel().queryByTestId('equivalents')).not.toBeInTheDocument();
    expect(store.getState().snapshot!.topics.map((t) => t.name)).not.toContain('payments');
    // What was typed stays, to be corrected.
    expect(panel().getByLabelText('Name')).toHaveValue('payments');
  });
});
