// The stage's text alternative: what a sighted user sees at a glance, in a few sentences. Small
// topics are told partition by partition (records, leader, ISR); big ones are summed up.
import type { TopicView, WorldSnapshot } from '../../engine';

/** Past this many partitions a topic is summed up, not listed. */
const LISTED = 12;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeStage(snapshot: WorldSnapshot): string {
  const brokers = snapshot.brokers.map((b) => `${b.id}${b.up ? '' : ' (down)'}`).join(', ');
  const controller = snapshot.controller.activeController;
  const topics = snapshot.topics.filter((t) => !t.internal).map(describeTopic);
  const topicText = topics.length > 0 ? topics.join('. ') : 'no topics yet';
  const groups = snapshot.groups.map((g) => {
    const lag = g.offsets.reduce((sum, o) => sum + Math.max(0, o.lag), 0);
    const progress = g.offsets.length > 0 ? `lag ${lag}` : 'nothing committed yet';
    return `group ${g.groupId}: ${plural(g.members.length, 'member')}, ${g.state === 'Stable' ? '' : `${g.state}, `}${progress}`;
  });
  const groupText = groups.length > 0 ? ` Consumer ${groups.join('; ')}.` : '';
  const controllerText =
    controller === null ? ' No active controller.' : ` Controller: ${controller}.`;
  return `Cluster of ${plural(snapshot.brokers.length, 'broker')} (${brokers});${controllerText} ${topicText}.${groupText}`;
}

function describeTopic(t: TopicView): string {
  const under = t.partitions.filter((p) => p.isr.length < p.replicas.length).length;
  const offline = t.partitions.filter((p) => p.leader === null).length;
  if (t.partitions.length > LISTED) {
    const records = t.partitions.reduce((sum, p) => sum + p.logEndOffset - p.logStartOffset, 0);
    return `topic ${t.name}: ${plural(t.partitions.length, 'partition')}, ${plural(records, 'record')}, ${under} under-replicated, ${offline} offline`;
  }
  const replicated = (t.partitions[0]?.replicas.length ?? 1) > 1;
  const logs = t.partitions.map((p) => {
    const leader = p.leader === null ? 'no leader' : `leader ${p.leader}`;
    const isr = replicated ? `, in-sync replicas ${p.isr.join(' ')}` : '';
    return `partition ${p.id} has ${plural(p.logEndOffset, 'record')} (${leader}${isr})`;
  });
  return `topic ${t.name}: ${logs.join('; ')}`;
}
