// What a step says: its narration, the note it comes from, a myth put right, a question to guess.
import type { LessonStep } from '../../lessons/format/schema';
import { NOTES } from '../../lessons/format/notes';
import { RichText } from './RichText';

interface Props {
  readonly step: LessonStep;
  readonly done: boolean;
  readonly prediction: number | null;
  readonly onPredict: (choice: number) => void;
}

export function StepBody({ step, done, prediction, onPredict }: Props) {
  return (
    <div className="step-body">
      {step.say.map((p, i) => (
        <p key={i}>
          <RichText text={p} />
        </p>
      ))}
      {step.predict && (
        <fieldset className="predict" data-testid="predict">
          <legend>
            Predict: <RichText text={step.predict.question} />
          </legend>
          {step.predict.choices.map((choice, i) => (
            <label key={i} data-right={done && i === step.predict!.answer ? 'true' : undefined}>
              <input
                type="radio"
                name={`predict-${step.id}`}
                checked={prediction === i}
                disabled={done}
                onChange={() => onPredict(i)}
              />
              <span>
                <RichText text={choice} />
              </span>
            </label>
          ))}
          {done && (
            <p className="reveal" role="status">
              <strong>
                {prediction === null
                  ? 'The answer: '
                  : prediction === step.predict.answer
                    ? 'Right. '
                    : 'Not quite. '}
              </strong>
              <RichText text={step.predict.explain} />
            </p>
          )}
        </fieldset>
      )}
      {step.myth && (
        <aside className="myth" aria-label="Myth and fact">
          <p>
            <span className="myth-tag">The notes say:</span> <RichText text={step.myth.claim} />
          </p>
          <p>
            <span className="fact-tag">In Kafka:</span> <RichText text={step.myth.fact} />
          </p>
          <p className="muted">{NOTES[step.myth.note]}</p>
        </aside>
      )}
      {step.source && (
        <p className="source muted">
          From {NOTES[step.source.note].replace(/:.*/, '')}, “{step.source.section}”
        </p>
      )}
    </div>
  );
}
