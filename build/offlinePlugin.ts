// The build's service worker: once the client bundle is complete (every chunk, the web worker's
// and the lesson files included), write sw.js at the site's root with the list of files to keep
// and a cache version hashed from their names and contents. The worker's code is
// src/offline/serviceWorker.ts, stripped of its types (and minified) here; nothing else in the
// bundle changes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { minify, transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
const SOURCE = 'src/offline/serviceWorker.ts';

/** Source maps are for developers with the network at hand: they are not kept offline. */
const keep = (fileName: string): boolean =>
  !fileName.endsWith('.map') && !fileName.startsWith('.vite/') && fileName !== SERVICE_WORKER_FILE;

/** The files of public/, which Vite copies to the output as they are. */
function publicFiles(config: ResolvedConfig): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const dir = config.publicDir;
  if (!config.build.copyPublicDir || !dir || !existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
  }
  return files;
}

/** The cache version: a hash of every kept file's name and contents, in name order. */
export function cacheVersion(files: ReadonlyMap<string, string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort())
    hash.update(name).update('\0').update(files.get(name)!).update('\0');
  return hash.digest('hex').slice(0, 16);
}

export function offlinePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'kafkasim:offline',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      // After every other plugin's generateBundle: index.html and the worker's chunk are in.
      order: 'post',
      async handler(_options, bundle) {
        if (this.environment.name !== 'client') return;
        const files = publicFiles(config);
        for (const [fileName, output] of Object.entries(bundle))
          if (keep(fileName))
            files.set(fileName, output.type === 'chunk' ? output.code : output.source);
        for (const fileName of files.keys()) if (!keep(fileName)) files.delete(fileName);

        const path = resolve(config.root, SOURCE);
        const { code } = await transformWithOxc(readFileSync(path, 'utf8'), path, { lang: 'ts' });
        const head =
          `const __CACHE_VERSION__ = ${JSON.stringify(cacheVersion(files))};\n` +
          `const __PRECACHE__ = ${JSON.stringify([...files.keys()].sort())};\n`;
        const source = config.build.minify
          ? (await minify(SERVICE_WORKER_FILE, head + code)).code
          : head + code;
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source });
      },
    },
  };
}
