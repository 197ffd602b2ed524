// kafka-consumer-groups, as Kafka 3.9's ConsumerGroupCommand runs it: the command line checked
// (consumerGroupsOptions), the cluster reached through an admin client, then one action: --list,
// --describe, --reset-offsets, --delete or --delete-offsets, each in its own module.
import { logLine } from '../format';
import { finished, type Job } from '../job';
import type { CommandContext } from '../session';
import { reachesCluster } from './adminConnection';
import { deleteGroups, deleteOffsets } from './consumerGroupsDelete';
import { describeGroups, listGroups } from './consumerGroupsDescribe';
import {
  ACTIONS,
  checkArgs,
  parseCommandLine,
  TOOL,
  type Action,
  type GroupCommandLine,
} from './consumerGroupsOptions';
import { usageError } from './usage';
import { stringOrder } from './consumerGroupsOrder';
import { printError } from './consumerGroupsOutput';
import { resetOffsets } from './consumerGroupsReset';

/** The admin call that times out first when no broker answers. */
function firstCall(action: Action, allGroups: boolean): string {
  if (action === 'list' || allGroups) return 'listConsumerGroups';
  if (action === 'delete') return 'deleteConsumerGroups';
  if (action === 'delete-offsets') return 'deleteConsumerGroupOffsets';
  return 'describeConsumerGroups';
}

export function consumerGroups(args: readonly string[], ctx: CommandContext): Job {
  const { out } = ctx;
  const parsed = parseCommandLine(args, out);
  if ('job' in parsed) return parsed.job;
  const { o } = parsed.line;
  const refused = checkArgs(parsed.line, args.length, out);
  if (refused) return refused;
  const action = ACTIONS.find((a) => o.has(a))!;
  // Listing and describing read the world as it is; changes wait for the admin client's
  // FindCoordinator and DescribeGroups round trips, so a consumer that just closed has left.
  if (action === 'list' || action === 'describe') return run(ctx, parsed.line, action);
  return afterRoundTrips(ctx, () => run(ctx, parsed.line, action));
}

/** Two request/response round trips of the simulated network (2 ms a hop). */
const ADMIN_ROUND_TRIPS_MS = 8;

function afterRoundTrips(ctx: CommandContext, act: () => Job): Job {
  const start = ctx.world.sim.now;
  let result: Job | null = null;
  return {
    command: TOOL,
    get done() {
      return result !== null;
    },
    get exitCode() {
      return result?.exitCode ?? 0;
    },
    onEvents: () => {},
    onTime: (now) => {
      if (result === null && now >= start + ADMIN_ROUND_TRIPS_MS) result = act();
    },
    stop: (how) => {
      result ??= finished(TOOL, how === 'kill' ? 137 : 143);
    },
  };
}

function run(ctx: CommandContext, line: GroupCommandLine, action: Action): Job {
  const { out, world } = ctx;
  const { o, optional } = line;
  const bootstrap = o.value('bootstrap-server')!;
  const snapshot = world.sim.snapshot({ recordsPerPartition: 0 });
  if (!reachesCluster(bootstrap, snapshot)) {
    out(
      logLine(
        world.sim.now,
        'WARN',
        `[AdminClient clientId=adminclient-1] Connection to node -1 (${bootstrap}) could not be established. Node may not be available.`,
        'org.apache.kafka.clients.NetworkClient',
      ),
      'stderr',
    );
    const timeout = `org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: ${firstCall(action, o.has('all-groups'))}`;
    if (action === 'delete' && !o.has('all-groups')) {
      // Each group's future fails on its own, and deleteGroups reports them one by one.
      printError(out, 'Deletion of some consumer groups failed:');
      for (const id of stringOrder(o.values('group')))
        out(
          `* Group '${id}' could not be deleted due to: java.util.concurrent.ExecutionException: ${timeout}\n`,
          'stdout',
        );
    } else {
      const wrapped = action === 'reset-offsets' || action === 'list' || o.has('all-groups');
      printError(
        out,
        // listConsumerGroups and resetOffsets rethrow the ExecutionException in a RuntimeException.
        `Executing consumer group command failed due to ${wrapped ? 'java.util.concurrent.ExecutionException: ' : ''}${timeout}`,
      );
    }
    return finished(TOOL, 0);
  }
  const groupIds = () =>
    o.has('all-groups') ? snapshot.groups.map((g) => g.groupId) : o.values('group');
  switch (action) {
    case 'list': {
      // groupStatesFromString's IllegalArgumentException ends in printUsageAndExit.
      const refused = listGroups(out, snapshot, o, optional);
      return refused === null ? finished(TOOL, 0) : usageError(out, TOOL, refused);
    }
    case 'describe':
      describeGroups(out, o, snapshot, groupIds());
      return finished(TOOL, 0);
    case 'reset-offsets':
      return resetOffsets(ctx, o, snapshot);
    case 'delete':
      return deleteGroups(ctx, o, snapshot);
    case 'delete-offsets':
      return deleteOffsets(ctx, o, snapshot);
  }
}
