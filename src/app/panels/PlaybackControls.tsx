import { SPEEDS } from '../../protocol/messages';
import { formatSimTime } from '../narration/describeEvent';
import { useAppStore } from '../store/StoreContext';
import { selectNow, selectPlaying, selectSpeed } from '../store/selectors';

export function PlaybackControls() {
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const now = useAppStore(selectNow);
  const togglePlay = useAppStore((s) => s.togglePlay);
  const setSpeed = useAppStore((s) => s.setSpeed);
  return (
    <div className="playback" role="group" aria-label="Time">
      <button type="button" onClick={togglePlay} aria-keyshortcuts="Space" data-testid="play-pause">
        {playing ? 'Pause' : 'Play'}
      </button>
      <label>
        Speed
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
  );
}
