/**
 * Readers for the three sources of the CAMEO codebook. Each takes the file's text and throws
 * `E_CAMEO_SOURCE` with the line number on a line it cannot read.
 */
import type { PloverMapping } from '../events/types.js';

const CODE = /^\d{2,4}$/;

function fail(file: string, line: number, expected: string, got: string): never {
  throw new Error(`E_CAMEO_SOURCE: ${file} line ${line}: expected ${expected}, got "${got}"`);
}

/**
 * GDELT's `CAMEO.goldsteinscale.txt`: a header row, then `CODE<TAB>VALUE` ("195\t-10.0").
 * Returns code → value.
 */
export function readGoldstein(text: string): Map<string, number> {
  const out = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (i === 0 || line === '') return;
    const [code = '', value = ''] = line.split('\t');
    const n = Number(value);
    if (!CODE.test(code) || value.trim() === '' || !Number.isFinite(n)) fail('goldstein', i + 1, 'CODE<TAB>number', raw);
    if (out.has(code)) fail('goldstein', i + 1, 'each code once', raw);
    out.set(code, n);
  });
  return out;
}

/** One CAMEO2PLOVER line read: the mapping and the CAMEO description after `#`. */
export interface PloverLine {
  readonly mapping: PloverMapping;
  readonly description?: string;
}

/**
 * `CAMEO2PLOVER-2021.txt`: `CODE: TYPE, mode, context # CAMEO description`, blank fields allowed,
 * several contexts separated by `;`; a root's heading line is `CODE: TYPE` alone. `#` lines are
 * comments and a `~~~~~` line ends the table. A code listed twice keeps its first line (the file
 * heads root 08 both CONCEDE and RETREAT); `duplicates` names the others.
 */
export function readPlover(text: string): { codes: Map<string, PloverLine>; duplicates: string[] } {
  const codes = new Map<string, PloverLine>();
  const duplicates: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || /^~+$/.test(line)) return;
    const colon = line.indexOf(':');
    const code = line.slice(0, colon);
    if (colon < 0 || !CODE.test(code)) fail('plover', i + 1, 'CODE: TYPE, mode, context', raw);
    const hash = line.indexOf('#', colon);
    const body = hash < 0 ? line.slice(colon + 1) : line.slice(colon + 1, hash);
    // The editor dated a note onto one description ("Ease curfew  21.09.17: "ease" is no longer a
    // mode"): it is not part of the CAMEO name.
    const description = hash < 0 ? '' : line.slice(hash + 1).replace(/\s{2,}\d\d\.\d\d\.\d\d:.*$/, '').trim();
    const [type = '', mode = '', context = ''] = body.split(',').map((f) => f.trim());
    if (!/^[A-Z]+$/.test(type)) fail('plover', i + 1, 'an upper-case PLOVER type', raw);
    const contexts = context.split(';').map((c) => c.trim()).filter((c) => c !== '');
    const mapping: PloverMapping = { type, ...(mode ? { mode } : {}), ...(contexts.length > 0 ? { context: contexts } : {}) };
    if (codes.has(code)) {
      duplicates.push(`${code}: ${body.trim()}`);
      return;
    }
    codes.set(code, { mapping, ...(description ? { description } : {}) });
  });
  return { codes, duplicates };
}

/**
 * Verb block headers of the PETRARCH verb dictionary, `---  VISIT   [042:043]  ---`, as code →
 * verbs in file order. The code is the header's first; `[:110]` names only the second, `[---]` none.
 * Verbs are lower case with spaces ("explain verbal"). Headers written `[120]---` are read too.
 */
export function readVerbHeaders(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.startsWith('---')) return;
    const m = /^---\s+(\S+)\s+\[([^\]]*)\]\s*---/.exec(raw);
    if (!m) fail('verbs', i + 1, '--- VERB [code] ---', raw);
    const [, verb = '', codes = ''] = m;
    if (codes === '---') return;
    const code = codes.split(':').find((c) => c !== '') ?? '';
    if (!CODE.test(code)) fail('verbs', i + 1, 'a CAMEO code in the header', raw);
    const name = verb.toLowerCase().replace(/_/g, ' ');
    const list = out.get(code);
    if (!list) out.set(code, [name]);
    else if (!list.includes(name)) list.push(name);
  });
  return out;
}
