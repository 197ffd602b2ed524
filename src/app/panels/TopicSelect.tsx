// The topic a panel acts on: one of the world's topics, the first when none (or a gone one) is
// chosen, so a panel never acts on a topic a new cluster or a deletion took away.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/StoreContext';
import { selectTopicNames } from '../store/selectors';

export interface TopicChoice {
  readonly topics: readonly string[];
  /** The chosen topic, or '' when the world has none. */
  readonly chosen: string;
  readonly choose: (topic: string) => void;
}

export function useTopicChoice(): TopicChoice {
  const topics = useAppStore(useShallow(selectTopicNames));
  const [topic, choose] = useState('');
  const chosen = topics.includes(topic) ? topic : (topics[0] ?? '');
  return { topics, chosen, choose };
}

export function TopicSelect({ choice }: { choice: TopicChoice }) {
  return (
    <label>
      Topic
      <select
        value={choice.chosen}
        onChange={(e) => choice.choose(e.target.value)}
        disabled={choice.topics.length === 0}
      >
        {choice.topics.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
    </label>
  );
}
