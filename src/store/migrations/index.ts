import { sql as initial } from './0001-initial.js';
import { sql as inputs } from './0002-inputs.js';
import { sql as entities } from './0003-entities.js';
import { sql as links } from './0004-links.js';
import { sql as syntax } from './0005-syntax.js';
import { sql as linkKindEvidence } from './0006-link-kind-evidence.js';
import { sql as quotes } from './0007-quotes.js';
import { sql as dates } from './0009-dates.js';
import { sql as events } from './0008-events.js';
import { sql as places } from './0010-places.js';
import { sql as coMentions } from './0011-co-mentions.js';
import { sql as corpusPlaces } from './0012-corpus-places.js';
import { sql as quoteSpeakerText } from './0013-quote-speaker-text.js';
import { sql as quoteSpeakerIndex } from './0014-quote-speaker-index.js';

/** One schema change: its number (the `user_version` it leads to), a name, and its SQL. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Every migration, in order of version (numbers may skip one another branch holds). Append only: a released migration never
 * changes, a fix is a new one. Migrations are TypeScript modules rather than `.sql` files so that
 * `tsc` ships them in `dist/` with no copy step and a missing one is a compile error.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'inputs', sql: inputs },
  { version: 3, name: 'entities', sql: entities },
  { version: 4, name: 'links', sql: links },
  { version: 5, name: 'syntax', sql: syntax },
  { version: 6, name: 'link-kind-evidence', sql: linkKindEvidence },
  { version: 7, name: 'quotes', sql: quotes },
  { version: 8, name: 'events', sql: events },
  { version: 9, name: 'dates', sql: dates },
  { version: 10, name: 'places', sql: places },
  { version: 11, name: 'co-mentions', sql: coMentions },
  { version: 12, name: 'corpus-places', sql: corpusPlaces },
  { version: 13, name: 'quote-speaker-text', sql: quoteSpeakerText },
  { version: 14, name: 'quote-speaker-index', sql: quoteSpeakerIndex },
];
