// A session in a link: JSON, deflated (the browser's own CompressionStream, no library) and
// base64url-encoded into the page's #fragment, which never leaves the browser.
import { LIMITS } from './limits';
import { parseSessionText, type SessionCheck } from './parse';
import type { Session } from './session';

/** The hash route that carries a session: `#/s/<code>`. */
export const LINK_PREFIX = '#/s/';

/** Longer links are refused (an export file carries any session). */
export const MAX_LINK_CHARS = 200_000;

export async function encodeSession(session: Session): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(session));
  const packed = await pipe(bytes, new CompressionStream('deflate-raw'), Infinity);
  return toBase64Url(packed!);
}

export async function decodeSession(code: string): Promise<SessionCheck> {
  const name = 'The link';
  if (code.length > MAX_LINK_CHARS)
    return { ok: false, message: `${name} is too long (at most ${MAX_LINK_CHARS} characters).` };
  const bytes = fromBase64Url(code);
  if (!bytes)
    return { ok: false, message: `${name} is damaged: it holds characters a link never has.` };
  let unpacked: Uint8Array | undefined;
  try {
    // A few bytes can inflate to gigabytes: stop reading past the file limit.
    unpacked = await pipe(bytes, new DecompressionStream('deflate-raw'), LIMITS.fileBytes);
  } catch {
    return { ok: false, message: `${name} is damaged: it does not unpack (was it cut short?).` };
  }
  if (!unpacked)
    return { ok: false, message: `${name} unpacks to more than ${LIMITS.fileBytes / 1048576} MB.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch {
    return { ok: false, message: `${name} is damaged: it does not unpack to text.` };
  }
  return parseSessionText(text, name);
}

/** Runs bytes through a stream; undefined once more than `max` bytes come out. */
async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  max: number,
): Promise<Uint8Array | undefined> {
  const writer = stream.writable.getWriter();
  // Write and close without awaiting: the reader below drains while the writer fills.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return undefined;
  const padded = code.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
