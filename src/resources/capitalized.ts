import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The committed list, `models/capitalized.txt.gz`, two levels up from `src/resources/` and `dist/resources/`. */
export const CAPITALIZED_PATH = fileURLToPath(new URL('../../models/capitalized.txt.gz', import.meta.url));

/**
 * Reads the list of words news writes capitalized in mid-sentence (names: "hale", "tillerson"),
 * lowercased, one per line after `#` comments. Built by `npm run train:capitalized`.
 */
export function parseCapitalized(text: string): Set<string> {
  return new Set(text.split('\n').filter((line) => line.length > 0 && !line.startsWith('#')));
}

let shared: ReadonlySet<string> | undefined;

/** The committed list, loaded once; empty when the file is missing, so rules needing it stay silent. */
export function sharedCapitalized(): ReadonlySet<string> {
  shared ??= existsSync(CAPITALIZED_PATH) ? parseCapitalized(gunzipSync(readFileSync(CAPITALIZED_PATH)).toString('utf8')) : new Set();
  return shared;
}
