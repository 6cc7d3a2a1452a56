import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One static file of the UI, held in memory. */
export interface Asset {
  readonly body: Uint8Array;
  readonly type: string;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The folder of the UI's plain files. The same path from `src/web/` (tests) and `dist/web/`
 * (the built CLI): both sit two levels under the package root, and the files are served as
 * written, with no build step.
 */
export const STATIC_DIR = fileURLToPath(new URL('../../src/web/static/', import.meta.url));

/**
 * Reads every UI file once, at start-up, into a map by file name. Requests are answered from this
 * map only, so no request path ever reaches the file system (no traversal, no surprise reads).
 */
export function loadAssets(dir: string = STATIC_DIR): ReadonlyMap<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const type = TYPES[extname(entry.name)];
    if (entry.isFile() && type) assets.set(entry.name, { body: readFileSync(join(dir, entry.name)), type });
  }
  return assets;
}
