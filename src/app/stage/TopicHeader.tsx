import { useAppStore } from '../store/StoreContext';
import type { TopicLayout } from './layoutStage';

/** A topic's title line; it folds the topic to one line (a big topic starts folded). */
export function TopicHeader({ topic }: { topic: TopicLayout }) {
  const toggle = useAppStore((s) => s.toggleCollapsed);
  const health =
    topic.offline > 0
      ? ` · ${topic.offline} offline`
      : topic.underReplicated > 0
        ? ` · ${topic.underReplicated} under-replicated`
        : '';
  const text = `${topic.collapsed ? '▸' : '▾'} Topic ${topic.name} · ${topic.partitionCount} partition${topic.partitionCount === 1 ? '' : 's'} · RF ${topic.replicationFactor} · ${topic.records} record${topic.records === 1 ? '' : 's'}${health}`;
  const act = () => toggle(topic.name);
  return (
    <g
      className={`topic-header focusable${topic.offline + topic.underReplicated > 0 ? ' is-unhealthy' : ''}`}
      data-testid={`topic-header-${topic.name}`}
      tabIndex={0}
      role="button"
      aria-expanded={!topic.collapsed}
      aria-label={`${text.slice(2)}. ${topic.collapsed ? 'Show' : 'Hide'} its partitions.`}
      onClick={act}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        act();
      }}
    >
      <rect x={topic.x - 4} y={topic.y + 2} width={520} height={24} className="hit" />
      <text x={topic.x} y={topic.y + 19} className="topic-name">
        {text}
      </text>
    </g>
  );
}
