// What a lesson file must look like (STYLE.md §5: { id, title, sources, seed, setup, steps:
// [{ say, do, until }] }), as a valibot schema: the types are inferred from it, and a file that
// does not match is refused with the path and the reason (see validate.ts).
import * as v from 'valibot';
import { COMMAND_TYPES, EVENT_TYPES, GROUP_STATE_NAMES } from './names';
import { NOTE_IDS } from './notes';

/** The playback speeds the time bar offers (protocol's SPEEDS; a test keeps the two equal). */
export const LESSON_SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 100] as const;

const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"'),
);
const Text = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(900, 'is too long (at most 900 characters): split the idea in two'),
);
const Count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0));
const BrokerId = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0));
const Name = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(249));
const Note = v.picklist(NOTE_IDS, `must be one of the notes: ${NOTE_IDS.join(', ')}`);

/** An engine command: its type is checked here; its fields by the engine, which refuses bad ones. */
const Command = v.looseObject({
  type: v.picklist(COMMAND_TYPES, `must be an engine command: ${COMMAND_TYPES.join(', ')}`),
});

const Scalar = v.union([v.string(), v.number(), v.boolean(), v.null()]);

// A condition is told by the key it has: { event }, { all }, { any }, { topic }, { records },
// { broker }, { partition } or { group }.
const EventCondition = v.strictObject({
  event: v.picklist(EVENT_TYPES, 'must be an engine event type (see src/engine/events.ts)'),
  where: v.optional(v.record(v.string(), Scalar)),
  count: v.optional(v.pipe(Count, v.minValue(1, 'must be at least 1'))),
});
const TopicCondition = v.strictObject({
  topic: Name,
  partitions: v.optional(Count),
});
const RecordsCondition = v.strictObject({
  records: v.strictObject({ topic: Name, partition: v.optional(Count), atLeast: Count }),
});
const BrokerCondition = v.strictObject({
  broker: BrokerId,
  is: v.picklist(['up', 'down', 'fenced', 'unfenced', 'isolated']),
});
const PartitionCondition = v.strictObject({
  partition: v.strictObject({ topic: Name, partition: Count }),
  leader: v.optional(v.nullable(BrokerId)),
  notLeader: v.optional(BrokerId),
  isrSize: v.optional(Count),
  inIsr: v.optional(BrokerId),
  notInIsr: v.optional(BrokerId),
});
const GroupCondition = v.strictObject({
  group: Name,
  members: v.optional(Count),
  state: v.optional(v.picklist(GROUP_STATE_NAMES)),
  lagAtMost: v.optional(Count),
  committedAtLeast: v.optional(Count),
  processedAtLeast: v.optional(Count),
  duplicatesAtLeast: v.optional(Count),
  skippedAtLeast: v.optional(Count),
});

/** A terminal printed this (an error message no engine event tells of), in any tab or in `tab`. */
const PrintedCondition = v.strictObject({
  printed: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  tab: v.optional(v.pipe(Count, v.minValue(1))),
});

export type Condition =
  | v.InferOutput<typeof PrintedCondition>
  | v.InferOutput<typeof EventCondition>
  | v.InferOutput<typeof TopicCondition>
  | v.InferOutput<typeof RecordsCondition>
  | v.InferOutput<typeof BrokerCondition>
  | v.InferOutput<typeof PartitionCondition>
  | v.InferOutput<typeof GroupCondition>
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

const CONDITION_KEYS = [
  'event',
  'printed',
  'all',
  'any',
  'topic',
  'records',
  'broker',
  'partition',
  'group',
];

const Condition: v.GenericSchema<Condition> = v.lazy((input) => {
  const key = CONDITION_KEYS.find((k) => typeof input === 'object' && input !== null && k in input);
  switch (key) {
    case 'event':
      return EventCondition;
    case 'printed':
      return PrintedCondition;
    case 'all':
      return v.strictObject({ all: v.pipe(v.array(Condition), v.minLength(1)) });
    case 'any':
      return v.strictObject({ any: v.pipe(v.array(Condition), v.minLength(1)) });
    case 'topic':
      return TopicCondition;
    case 'records':
      return RecordsCondition;
    case 'broker':
      return BrokerCondition;
    case 'partition':
      return PartitionCondition;
    case 'group':
      return GroupCondition;
    default:
      return v.custom<Condition>(
        () => false,
        `must be a condition with one of: ${CONDITION_KEYS.join(', ')}`,
      );
  }
});

/** What the learner is asked to do; "Do it for me" does exactly this. */
const Action = v.pipe(
  v.strictObject({
    /** Where to do it in the app, in a few words ("Faults → Crash 102"). */
    hint: Text,
    commands: v.optional(v.pipe(v.array(Command), v.minLength(1))),
    /** Lines typed at a terminal tab's prompt (tab 1 is the first). */
    terminal: v.optional(
      v.strictObject({
        tab: v.pipe(Count, v.minValue(1), v.maxValue(6)),
        lines: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
      }),
    ),
  }),
  v.check(
    (a) => (a.commands === undefined) !== (a.terminal === undefined),
    'needs exactly one of "commands" or "terminal"',
  ),
);

const Predict = v.pipe(
  v.strictObject({
    question: Text,
    choices: v.pipe(v.array(Text), v.minLength(2), v.maxLength(5)),
    /** The index of the right choice. */
    answer: Count,
    /** Shown once the step's condition is met: what happened, and why. */
    explain: Text,
  }),
  v.check((p) => p.answer < p.choices.length, '"answer" must be the index of one of the choices'),
);

const Step = v.pipe(
  v.strictObject({
    id: Slug,
    title: Text,
    say: v.pipe(v.array(Text), v.minLength(1), v.maxLength(6)),
    source: v.optional(v.strictObject({ note: Note, section: Text })),
    /** Where the notes are wrong about Kafka: what they say, and what Kafka does. */
    myth: v.optional(v.strictObject({ note: Note, claim: Text, fact: Text })),
    predict: v.optional(Predict),
    do: v.optional(Action),
    until: v.optional(Condition),
    /** The playback speed this step runs at, for things that take virtual minutes. */
    speed: v.optional(
      v.picklist(LESSON_SPEEDS, `must be one of the speeds: ${LESSON_SPEEDS.join(', ')}`),
    ),
    /** The topics the step is about: the stage folds the others when the step begins. */
    focus: v.optional(v.pipe(v.array(Name), v.minLength(1))),
    /** What the lesson's scene shows during this step (the scene decides what a view means). */
    view: v.optional(Slug),
  }),
  v.check((s) => s.do === undefined || s.until !== undefined, 'a step with "do" needs "until"'),
  v.check(
    (s) => s.predict === undefined || s.until !== undefined,
    'a step with "predict" needs "until": the answer is revealed when it is met',
  ),
);

const Region = v.strictObject({
  name: Name,
  lat: v.tuple([v.number(), v.number()]),
  lon: v.tuple([v.number(), v.number()]),
});

/** A picture beside the stage for what the stage alone does not show. */
const Scene = v.variant('kind', [
  v.strictObject({ kind: v.literal('integrations') }),
  v.strictObject({
    kind: v.literal('trucks'),
    topic: Name,
    dashboard: Name,
    notifications: Name,
    regions: v.pipe(v.array(Region), v.minLength(1), v.maxLength(8)),
  }),
  v.strictObject({
    kind: v.literal('services'),
    topic: Name,
    services: v.pipe(
      v.array(v.strictObject({ group: Name, name: Text, does: Text })),
      v.minLength(1),
      v.maxLength(6),
    ),
  }),
  v.strictObject({
    kind: v.literal('windows'),
    topic: Name,
    group: Name,
    windowMs: v.pipe(Count, v.minValue(1000)),
  }),
  v.strictObject({ kind: v.literal('delivery'), groups: v.pipe(v.array(Name), v.minLength(1)) }),
]);

export const LessonSchema = v.pipe(
  v.strictObject({
    format: v.literal(1, 'must be 1 (the lesson format this app reads)'),
    id: Slug,
    number: v.pipe(Count, v.minValue(1), v.maxValue(99)),
    title: Text,
    summary: Text,
    /** The notes the lesson draws on. */
    sources: v.pipe(v.array(Note), v.minLength(1)),
    seed: v.pipe(Count, v.maxValue(2 ** 31 - 1)),
    cluster: v.strictObject({
      brokers: v.pipe(v.array(BrokerId), v.minLength(1), v.maxLength(12)),
      mode: v.optional(v.picklist(['kraft', 'zookeeper'])),
    }),
    /** Engine commands that build the world before the first step. */
    setup: v.array(Command),
    scene: v.optional(Scene),
    steps: v.pipe(v.array(Step), v.minLength(1), v.maxLength(40)),
  }),
  v.check(
    (l) => new Set(l.steps.map((s) => s.id)).size === l.steps.length,
    'step ids must differ from each other',
  ),
  v.check(
    (l) => new Set(l.cluster.brokers).size === l.cluster.brokers.length,
    'broker ids must differ from each other',
  ),
);

export type Lesson = v.InferOutput<typeof LessonSchema>;
export type LessonStep = Lesson['steps'][number];
export type LessonAction = NonNullable<LessonStep['do']>;
export type LessonScene = NonNullable<Lesson['scene']>;
