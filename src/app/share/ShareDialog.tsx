// Share and export: a link that reproduces the sandbox exactly, the session as a file (and back),
// and the way out to real Kafka — a script that replays the session and a compose file to run it on.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { LIMITS } from '../../scenario/limits';
import { encodeSession, LINK_PREFIX, MAX_LINK_CHARS } from '../../scenario/link';
import { dockerCompose } from '../../scenario/real/dockerCompose';
import { sessionScript } from '../../scenario/real/sessionScript';
import type { Session } from '../../scenario/session';
import { useAppStore, useAppStoreApi } from '../store/StoreContext';
import { download } from './download';
import { closeDialog } from '../hooks/closeDialog';

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const store = useAppStoreApi();
  const saveSession = useAppStore((s) => s.saveSession);
  const importText = useAppStore((s) => s.importText);
  const [title, setTitle] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal?.();
  }, []);

  const session = async (): Promise<Session> => {
    const s = await saveSession();
    const named = title.trim();
    return named ? { ...s, title: named } : s;
  };
  const fileName = (ext: string) =>
    `${(title.trim() || 'kafkasim-session').replace(/[^\w.-]+/g, '-').slice(0, 60)}.${ext}`;

  const makeLink = async () => {
    const code = await encodeSession(await session());
    if (code.length > MAX_LINK_CHARS) {
      setLink(null);
      return setMessage({
        ok: false,
        text: 'This session is too long for a link: download it as a file instead.',
      });
    }
    const url = `${location.href.split('#')[0]}${LINK_PREFIX}${code}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage({
        ok: true,
        text: `Link copied (${url.length.toLocaleString('en')} characters).`,
      });
    } catch {
      setMessage({ ok: true, text: 'Select the link and copy it (Ctrl+C).' });
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Refused before it is read: a huge file would freeze the page first.
    if (file.size > LIMITS.fileBytes)
      return setMessage({
        ok: false,
        text: `${file.name} is too large (at most ${LIMITS.fileBytes / 1048576} MB).`,
      });
    if (await importText(await file.text(), file.name)) return closeDialog(ref.current, onClose);
    // The refusal is said here, where the user is looking, rather than behind the dialog.
    const { notice, setNotice } = store.getState();
    setMessage({ ok: false, text: notice?.text ?? `${file.name} was refused.` });
    setNotice(null);
  };

  return (
    <dialog ref={ref} className="share" aria-labelledby="share-heading" onClose={onClose}>
      <h2 id="share-heading">Share and export</h2>
      <label>
        Name <span className="hint">(optional, shown to whoever opens it)</span>
        <input
          value={title}
          maxLength={120}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. Broker 102 fails"
        />
      </label>
      <section aria-labelledby="share-link">
        <h3 id="share-link">A link</h3>
        <p className="hint">
          It replays this sandbox exactly (the seed and every action) and opens paused at this
          moment.
        </p>
        <button type="button" onClick={() => void makeLink()} data-testid="make-link">
          Copy a link
        </button>
        {link && (
          <input
            readOnly
            value={link}
            aria-label="The link"
            data-testid="share-link"
            onFocus={(e) => e.target.select()}
          />
        )}
      </section>
      <section aria-labelledby="share-file">
        <h3 id="share-file">A file</h3>
        <div className="row">
          <button
            type="button"
            onClick={() =>
              void session().then((s) =>
                download(fileName('json'), JSON.stringify(s, null, 1), 'application/json'),
              )
            }
            data-testid="export-json"
          >
            Download the session (.json)
          </button>
          <label className="file-button">
            Import a session…
            <input
              type="file"
              accept=".json,application/json"
              onChange={(e) => void importFile(e)}
              data-testid="import-file"
            />
          </label>
        </div>
      </section>
      <section aria-labelledby="share-real">
        <h3 id="share-real">The real thing</h3>
        <p className="hint">
          A bash script that replays this session against a real cluster, and a one-broker KRaft
          cluster to run it on: <code>docker compose up -d</code>, then{' '}
          <code>bash {fileName('sh')}</code>.
        </p>
        <div className="row">
          <button
            type="button"
            onClick={() =>
              void session().then((s) =>
                download(fileName('sh'), sessionScript(s), 'text/x-shellscript'),
              )
            }
            data-testid="export-script"
          >
            Download the script (.sh)
          </button>
          <button
            type="button"
            onClick={() => download('docker-compose.yml', dockerCompose(), 'text/yaml')}
          >
            docker-compose.yml
          </button>
        </div>
      </section>
      {message && (
        <p
          className={message.ok ? 'form-note' : 'form-error'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
      <button type="button" onClick={() => closeDialog(ref.current, onClose)} autoFocus>
        Close
      </button>
    </dialog>
  );
}
