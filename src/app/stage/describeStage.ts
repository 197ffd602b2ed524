// The stage's text alternative: what a sighted user sees at a glance, in one sentence or two.
import type { WorldSnapshot } from '../../engine';

export function describeStage(snapshot: WorldSnapshot): string {
  const brokers = snapshot.brokers.map((b) => `${b.id}${b.up ? '' : ' (down)'}`).join(', ');
  const topics = snapshot.topics
    .filter((t) => !t.internal)
    .map((t) => {
      const logs = t.partitions.map(
        (p) => `partition ${p.id} has ${p.logEndOffset} record${p.logEndOffset === 1 ? '' : 's'}`,
      );
      return `topic ${t.name}: ${logs.join('; ')}`;
    });
  const topicText = topics.length > 0 ? topics.join('. ') : 'no topics yet';
  const groups = snapshot.groups.map((g) => {
    const lag = g.offsets.reduce((sum, o) => sum + Math.max(0, o.lag), 0);
    const progress = g.offsets.length > 0 ? `lag ${lag}` : 'nothing committed yet';
    return `group ${g.groupId}: ${g.members.length} member${g.members.length === 1 ? '' : 's'}, ${progress}`;
  });
  const groupText = groups.length > 0 ? ` Consumer ${groups.join('; ')}.` : '';
  return `Cluster of ${snapshot.brokers.length} broker${snapshot.brokers.length === 1 ? '' : 's'} (${brokers}); ${topicText}.${groupText}`;
}
