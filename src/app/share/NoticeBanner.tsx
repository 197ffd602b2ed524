// What happened to the session as a whole (a link opened, an import refused, a saved sandbox
// that could not be restored), until the user dismisses it.
import { useAppStore } from '../store/StoreContext';

export function NoticeBanner() {
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div
      className={notice.kind === 'error' ? 'notice notice-error' : 'notice'}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <p>{notice.text}</p>
      <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss this message">
        ×
      </button>
    </div>
  );
}
