// Time, under the user's hand: play and pause, step, speed, and a scrubber over the whole session
// with its marks (crashes, elections, rebalances…). Scrubbing rewinds exactly: the worker restores
// a checkpoint and replays.
import { useEffect, useRef, useState } from 'react';
import { SPEEDS } from '../../protocol/messages';
import { formatSimTime } from '../narration/describeEvent';
import { useAppStore } from '../store/StoreContext';
import { selectNow, selectRewound } from '../store/selectors';
import { MarkerStrip } from './MarkerStrip';

export function TimelineBar() {
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const now = useAppStore(selectNow);
  const horizon = useAppStore((s) => s.horizon);
  const rewound = useAppStore(selectRewound);
  const togglePlay = useAppStore((s) => s.togglePlay);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const seek = useAppStore((s) => s.seek);
  const stepForward = useAppStore((s) => s.stepForward);
  const stepBack = useAppStore((s) => s.stepBack);
  const [dragging, setDragging] = useState<number | null>(null);
  const pending = useRef<number | null>(null);
  const frame = useRef<number | null>(null);

  // One seek per animation frame while dragging: the worker answers each before the next.
  const seekSoon = (at: number) => {
    pending.current = at;
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      if (pending.current !== null) seek(pending.current);
      pending.current = null;
    });
  };
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const end = Math.max(horizon, now, 1);
  const value = dragging ?? now;
  return (
    <div className="timeline" role="group" aria-label="Time">
      <div className="timeline-buttons">
        <button
          type="button"
          onClick={stepBack}
          aria-keyshortcuts="ArrowLeft"
          title="Back to the previous moment something happened (←)"
          data-testid="step-back"
        >
          <StepIcon back />
          <span className="visually-hidden">Step back</span>
        </button>
        <button
          type="button"
          className="play-button"
          onClick={togglePlay}
          aria-keyshortcuts="Space"
          data-testid="play-pause"
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          onClick={stepForward}
          aria-keyshortcuts="ArrowRight"
          title="On to the next moment something happens (→)"
          data-testid="step-forward"
        >
          <StepIcon />
          <span className="visually-hidden">Step forward</span>
        </button>
        <label className="speed">
          <span>Speed</span>
          <select
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value))}
            data-testid="speed"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        {/* role=timer is not live by default: the clock must not chatter to screen readers. */}
        <span className="clock" role="timer" title="Virtual time" data-testid="clock">
          t = {formatSimTime(now)}
        </span>
      </div>
      <div className="scrubber">
        <MarkerStrip end={end} onSeek={seek} />
        <input
          type="range"
          min={0}
          max={end}
          step={1}
          value={Math.min(value, end)}
          aria-label="Virtual time"
          aria-valuetext={`${formatSimTime(value)} of ${formatSimTime(end)}`}
          data-testid="scrubber"
          onPointerDown={() => setDragging(now)}
          onPointerUp={() => setDragging(null)}
          onBlur={() => setDragging(null)}
          onChange={(e) => {
            const at = Number(e.target.value);
            if (dragging !== null) setDragging(at);
            seekSoon(at);
          }}
        />
      </div>
      {rewound ? (
        <p className="future-note" data-testid="future-note">
          Rewound: playing on replays what happened.{' '}
          <strong>Acting now starts a new future.</strong>{' '}
          <button type="button" onClick={() => seek(horizon)} aria-keyshortcuts="End">
            Back to {formatSimTime(horizon)}
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** A bar and a triangle: drawn, since not every system font has the media-control glyphs. */
function StepIcon({ back = false }: { back?: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="step-icon">
      <g transform={back ? 'translate(14 0) scale(-1 1)' : undefined} fill="currentColor">
        <path d="M2 2 L10 7 L2 12 Z" />
        <rect x="10.5" y="2" width="2" height="10" />
      </g>
    </svg>
  );
}
