// A running consumer gets slower or faster (`sim consumer slow`): the application's processing
// time per record changes. Nothing else does: if a batch now outlasts max.poll.interval.ms, the
// client's poll timer throws it out of its group (membership.ts) and it rejoins at its next poll.
import type { SetProcessingTime } from '../commands';
import { fail, ok, type Result } from '../errors';
import type { Ctx } from '../world/context';
import { scheduleProcessingDone } from './pollLoop';

export function setProcessingTime(
  ctx: Ctx,
  command: SetProcessingTime,
): Result<{ consumer: string; processingMsPerRecord: number }> {
  const c = ctx.world.consumers.get(command.consumer);
  if (!c || c.status !== 'running')
    return fail('IllegalStateException', `No running consumer ${command.consumer}.`);
  const ms = command.processingMsPerRecord;
  if (!Number.isSafeInteger(ms) || ms < 0)
    return fail(
      'IllegalArgumentException',
      `processingMsPerRecord must be a whole number of ms ≥ 0: ${ms}`,
    );
  const before = c.config.processingMsPerRecord;
  c.config = { ...c.config, processingMsPerRecord: ms };
  // The batch in hand: the records not yet processed go at the new pace.
  if (c.busy === 'processing' && before > 0) {
    const left = Math.max(0, c.processingDoneAt - ctx.world.now) / before;
    scheduleProcessingDone(ctx, c, Math.ceil(left * ms));
  }
  return ok({ consumer: c.clientId, processingMsPerRecord: ms });
}
