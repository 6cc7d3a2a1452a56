/**
 * QuadClass as GDELT Event 2.0 groups CAMEO root codes: roots 01–05 are 1 (verbal cooperation),
 * 06–09 are 2 (material cooperation), 10–14 are 3 (verbal conflict), 15–20 are 4 (material
 * conflict). Phoenix and ICEWS draw the lines slightly differently; this is GDELT's grouping.
 */
export type QuadClass = 1 | 2 | 3 | 4;

/** Where a code's Goldstein value comes from: its own row, or its base's or root's when it has none. */
export type GoldsteinFrom = 'own' | 'base' | 'root';

/**
 * The PLOVER reading of a CAMEO code (CAMEO2PLOVER-2021): an event type ("ASSAULT"), a mode
 * ("heavy-weapons") and contexts ("military"; a few codes list two, "crime; corruption").
 */
export interface PloverMapping {
  readonly type: string;
  readonly mode?: string;
  readonly context?: readonly string[];
}

/**
 * One CAMEO event code with what the sources say about it.
 *
 * @example
 * { code: '195', root: '19', base: '195', quadClass: 4, goldstein: -10, goldsteinFrom: 'own',
 *   plover: { type: 'ASSAULT', mode: 'heavy-weapons', context: ['military'] },
 *   description: 'Employ aerial weapons' }
 */
export interface CameoEntry {
  /** Two to four digits, leading zero kept: "04", "042", "0421"... */
  readonly code: string;
  /** First two digits, "01" to "20". */
  readonly root: string;
  /** First three digits; a two-digit root code is its own base. */
  readonly base: string;
  readonly quadClass: QuadClass;
  /** Goldstein scale, −10 (conflict) to +10 (cooperation); absent when neither code, base nor root has one. */
  readonly goldstein?: number;
  readonly goldsteinFrom?: GoldsteinFrom;
  /** Absent for codes PLOVER does not map (the verbal roots 01 and 02 among them). */
  readonly plover?: PloverMapping;
  /** The CAMEO description, from the comment on the code's line in CAMEO2PLOVER. */
  readonly description?: string;
  /** Verb blocks of the CAMEO verb dictionary whose default code this is, lower case ("visit"). */
  readonly verbs?: readonly string[];
}

/** The compiled codebook, `models/cameo.json.gz`: entries sorted by code. */
export interface CameoData {
  readonly entries: readonly CameoEntry[];
}
