// The Consumer groups panel: a member started with the chosen settings, then slowed, killed or
// closed; each success shows the same action in the terminal and on a real cluster.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { preferReducedMotion, renderApp } from '../support/renderApp';

beforeEach(() => preferReducedMotion(true));

const panel = () => within(screen.getByTestId('fold-consumers-heading'));

/** What the panel's equivalents show, by their label ("In the terminal:", "On a real cluster:"…). */
const shown = (p: ReturnType<typeof panel>): Record<string, string> =>
  Object.fromEntries(
    [...p.getByTestId('equivalents').querySelectorAll('p + pre')].map((pre) => [
      pre.previousElementSibling!.textContent,
      pre.textContent,
    ]),
  );

/** The running member's client id, as the panel lists it. */
const memberId = (store: ReturnType<typeof renderApp>['store']) => {
  const running = store.getState().snapshot!.consumers.filter((c) => c.status === 'running');
  expect(running).toHaveLength(1);
  return running[0]!.clientId;
};

describe('the consumer groups panel', () => {
  it('adds a member with the chosen assignor, processing time, commit mode and offset reset', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    const p = panel();
    await user.clear(p.getByTestId('consumer-group'));
    await user.type(p.getByTestId('consumer-group'), 'tracking');
    await user.selectOptions(p.getByTestId('consumer-assignor'), 'roundrobin');
    await user.clear(p.getByLabelText('Processing time per record (ms)'));
    await user.type(p.getByLabelText('Processing time per record (ms)'), '50');
    await user.selectOptions(p.getByLabelText('Commits'), 'after-processing');
    await user.selectOptions(p.getByLabelText('auto.offset.reset'), 'earliest');
    await user.click(p.getByRole('button', { name: 'Add a member' }));
    advance(5000);

    const id = memberId(store);
    const consumer = store.getState().snapshot!.consumers.find((c) => c.clientId === id)!;
    expect(consumer.group).toBe('tracking');
    expect(consumer.processingMsPerRecord).toBe(50);
    const group = store.getState().snapshot!.groups.find((g) => g.groupId === 'tracking');
    expect(group?.members.map((m) => m.clientId)).toEqual([id]);
    expect(group?.protocol).toBe('roundrobin');
    expect(
      within(p.getByRole('list', { name: 'Running consumers' })).getByText(`${id} (tracking)`),
    ).toBeInTheDocument();

    const equivalents = shown(p);
    expect(equivalents['In the terminal:']).toBe(
      'sim consumer add tracking orders --assignor roundrobin --processing-ms 50 --commit after-processing --offset-reset earliest',
    );
    // Committing after processing takes a poll loop of one's own: a Java client, not the console.
    const client = equivalents['In a real client:'];
    expect(client).toContain('group.id=tracking');
    expect(client).toContain('enable.auto.commit=false');
    expect(client).toContain('auto.offset.reset=earliest');
    expect(client).toContain(
      'partition.assignment.strategy=org.apache.kafka.clients.consumer.RoundRobinAssignor',
    );
    expect(client).toContain('// ~50 ms each');
    expect(client).toContain('consumer.commitSync(); // after processing');
  });

  it('with Kafka’s defaults, the lines shown name none of them: the console consumer in the group', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    const p = panel();
    await user.click(p.getByRole('button', { name: 'Add a member' }));
    advance(100);

    expect(store.getState().snapshot!.consumers[0]?.group).toBe('billing');
    expect(shown(p)).toEqual({
      'In the terminal:': 'sim consumer add billing orders',
      'On a real cluster:':
        'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic orders --group billing',
    });
  });

  it('"Slow" sets a member’s processing time to the chosen ms per record', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    const p = panel();
    await user.click(p.getByRole('button', { name: 'Add a member' }));
    advance(100);
    const id = memberId(store);
    expect(store.getState().snapshot!.consumers[0]!.processingMsPerRecord).toBe(0);

    const slow = p.getByLabelText('Slow consumer: ms per record');
    await user.clear(slow);
    await user.type(slow, '2500');
    await user.click(p.getByRole('button', { name: `Slow ${id} down` }));
    advance(100);
    expect(store.getState().snapshot!.consumers[0]!.processingMsPerRecord).toBe(2500);
    expect(shown(p)['In the terminal:']).toBe(`sim consumer slow ${id} 2500`);
    expect(shown(p)['In a real client:']).toContain('// ~2500 ms each');
  });

  it('kill -9 crashes a member: it leaves the list, and the group keeps it until its session times out', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    const p = panel();
    await user.click(p.getByRole('button', { name: 'Add a member' }));
    advance(5000);
    const id = memberId(store);
    const group = () => store.getState().snapshot!.groups.find((g) => g.groupId === 'billing')!;
    expect(group().members).toHaveLength(1);

    await user.click(p.getByRole('button', { name: `Kill -9 ${id}` }));
    advance(100);
    expect(store.getState().snapshot!.consumers[0]!.status).toBe('crashed');
    expect(p.queryByRole('button', { name: `Kill -9 ${id}` })).not.toBeInTheDocument();
    // No LeaveGroup: the coordinator still counts it as a member for now.
    expect(group().members).toHaveLength(1);
    expect(shown(p)).toEqual({
      'In the terminal:': `sim consumer kill ${id}`,
      'On real machines:': "kill -9 <the consumer's pid>",
    });
  });

  it('Close stops a member, which leaves its group at once', async () => {
    const user = userEvent.setup();
    const { store, advance } = renderApp();
    const p = panel();
    await user.click(p.getByRole('button', { name: 'Add a member' }));
    advance(5000);
    const id = memberId(store);

    await user.click(p.getByRole('button', { name: `Close ${id}` }));
    advance(500);
    expect(store.getState().snapshot!.consumers[0]!.status).toBe('closed');
    expect(
      store.getState().snapshot!.groups.find((g) => g.groupId === 'billing')?.members ?? [],
    ).toHaveLength(0);
    expect(p.queryByRole('button', { name: `Close ${id}` })).not.toBeInTheDocument();
    expect(shown(p)['In the terminal:']).toBe(`sim consumer close ${id}`);
  });
});
