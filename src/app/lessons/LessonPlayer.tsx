// The lesson player: one step at a time — what it says, what to do (or "Do it for me"), what it
// waits for — with Back (to the exact start of the step before), Next, and a link to the step.
import { describeCondition } from '../../lessons/play/describeCondition';
import { useAppStore } from '../store/StoreContext';
import { routeHash } from './route';
import { RichText } from './RichText';
import { StepBody } from './StepBody';

export function LessonPlayer() {
  const lesson = useAppStore((s) => s.lesson);
  const status = useAppStore((s) => s.lessonStatus);
  const prediction = useAppStore((s) => s.prediction);
  const predict = useAppStore((s) => s.predict);
  const doIt = useAppStore((s) => s.doIt);
  const nextStep = useAppStore((s) => s.nextStep);
  const backStep = useAppStore((s) => s.backStep);
  const restartStep = useAppStore((s) => s.restartStep);
  const setIndexOpen = useAppStore((s) => s.setIndexOpen);
  const exitLesson = useAppStore((s) => s.exitLesson);
  if (!lesson || !status) return null;
  const step = lesson.steps[status.step];
  if (!step) return null;
  const count = lesson.steps.length;
  const last = status.step === count - 1;
  // Done: the condition met, or a step only to read (the worker says which).
  const canGoOn = status.done;
  const mustGuess = step.predict !== undefined && prediction === null && !status.done;
  return (
    <section className="lesson-player" aria-labelledby="lesson-title" data-testid="lesson-player">
      <p className="lesson-kicker">
        Lesson {lesson.number} · step {status.step + 1} of {count}
      </p>
      <h2 id="lesson-title">{lesson.title}</h2>
      <progress value={status.step + (canGoOn ? 1 : 0)} max={count} aria-label="Lesson progress" />
      <h3 aria-live="polite" data-testid="step-title">
        {step.title}
      </h3>
      <StepBody step={step} done={status.done} prediction={prediction} onPredict={predict} />
      {step.do && !status.done && (
        <div className="step-action">
          <p>
            <RichText text={step.do.hint} />
          </p>
          {step.do.terminal && (
            <pre
              className="step-lines"
              aria-label={`To type in terminal tab ${step.do.terminal.tab}`}
            >
              <code>{step.do.terminal.lines.map((line) => `${line}\n`).join('')}</code>
            </pre>
          )}
          {mustGuess && <p className="muted">Make a guess first.</p>}
        </div>
      )}
      {/* Always in view, however long the step: what it waits for, and the buttons. */}
      <div className="lesson-nav">
        {step.until &&
          (status.done ? (
            <p className="step-done" role="status">
              ✓ Done
            </p>
          ) : (
            <p className="step-waiting" role="status" title={describeCondition(step.until)}>
              Waiting for {describeCondition(step.until)}…
            </p>
          ))}
        <button
          type="button"
          onClick={backStep}
          disabled={status.step === 0}
          aria-keyshortcuts="PageUp"
          data-testid="lesson-back"
        >
          ← Back
        </button>
        <button type="button" onClick={restartStep} title="Go back to the start of this step">
          Restart
        </button>
        {step.do && !status.done && (
          <button
            type="button"
            className="primary"
            onClick={doIt}
            disabled={mustGuess}
            title={mustGuess ? 'Make a guess first' : undefined}
            data-testid="do-it"
          >
            Do it for me
          </button>
        )}
        {last ? (
          <button
            type="button"
            className="primary"
            disabled={!canGoOn}
            onClick={() => setIndexOpen(true)}
          >
            Finish ✓
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={nextStep}
            disabled={!canGoOn}
            aria-keyshortcuts="PageDown"
            data-testid="lesson-next"
          >
            Next →
          </button>
        )}
      </div>
      <p className="lesson-links">
        <a href={routeHash({ page: 'lesson', id: lesson.id, step: status.step })}>
          Link to this step
        </a>
        {' · '}
        <button type="button" className="link" onClick={() => setIndexOpen(true)}>
          All lessons
        </button>
        {' · '}
        <button type="button" className="link" onClick={exitLesson}>
          Leave for the sandbox
        </button>
      </p>
    </section>
  );
}
