import type { Doc, LayerName, Layers, Link, Token } from '../doc/index.js';
import { openDatabase } from './connection.js';
import { StoreError } from './errors.js';
import {
  articleParams,
  diagnosticFromRow,
  docFromRows,
  entityFromRow,
  paragraphFromRow,
  sentenceFromRow,
  storedLayerNames,
  summaryFromRow,
  type ArticleRow,
} from './rows.js';
import { corpusEntityFromRow, entityReport } from './entity-report.js';
import { prepareEntityStatements } from './entity-statements.js';
import { corpusKey, encodeKindEvidence, encodeMentions, linkFromRow, linkName } from './link-rows.js';
import { prepareQuoteStatements } from './quote-rows.js';
import { prepareDateStatements } from './date-rows.js';
import { prepareBrowseStatements } from './browse.js';
import { prepareRelationStatements } from './relations.js';
import { prepareEventStatements } from './event-rows.js';
import { preparePlaceStatements } from './place-rows.js';
import { literalQuery } from './search-query.js';
import { prepareStatements, type Statements } from './statements.js';
import type { Page, SaveResult, SearchHit, Store } from './store.js';
import { packChunks, packPos, unpackChunks, unpackPos } from './syntax-rows.js';
import { packTokens, unpackTokens } from './token-blob.js';

/** Options for {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** Open an existing, current database for reading only: no migration, every write rejected. Default false. */
  readonly readonly?: boolean;
}

type QuoteStatements = ReturnType<typeof prepareQuoteStatements>;
type DateStatements = ReturnType<typeof prepareDateStatements>;
type EventStatements = ReturnType<typeof prepareEventStatements>;
type PlaceStatements = ReturnType<typeof preparePlaceStatements>;

/** Ids are lowercase hex; every id starting with `prefix` sorts in `[prefix, prefix + 'g')`. */
const HEX = /^[0-9a-f]+$/;

/**
 * Writes the layers and diagnostics of one newly inserted article. The switch is exhaustive over
 * `LayerName`, so a layer added to the Doc model without a table here is a compile error, not a
 * layer silently dropped on save.
 */
function insertLayers(st: Statements, qt: QuoteStatements, dt: DateStatements, et: EventStatements, pt: PlaceStatements, seq: number, doc: Doc, ingestedAt: string): void {
  const { paragraphs = [], sentences = [], tokens = [], pos = [], chunks = [], entities = [], links = [], quotes = [], dates = [], events = [], places = [] } = doc.layers;
  for (const name of Object.keys(doc.layers) as LayerName[]) {
    switch (name) {
      case 'paragraphs':
        if (paragraphs.length) st.insertParagraphs.run(seq, JSON.stringify(paragraphs.map((p) => [p.start, p.end])));
        break;
      case 'sentences':
        if (sentences.length) st.insertSentences.run(seq, JSON.stringify(sentences.map((s) => [s.start, s.end, s.tokenStart, s.tokenEnd])));
        break;
      case 'tokens':
        st.insertTokens.run(seq, tokens.length, packTokens(tokens));
        break;
      case 'pos':
        st.insertPos.run(seq, pos.length, packPos(pos));
        break;
      case 'chunks':
        st.insertChunks.run(seq, chunks.length, packChunks(chunks));
        break;
      case 'entities':
        if (entities.length) {
          st.insertEntities.run(seq, JSON.stringify(entities.map((e) => [e.start, e.end, e.tokenStart, e.tokenEnd, e.type, e.country ?? null])));
        }
        break;
      case 'links':
        insertLinks(st, seq, doc, links, doc.meta.published ?? ingestedAt);
        break;
      case 'quotes':
        qt.insert(seq, doc, quotes);
        break;
      case 'dates':
        dt.insert(seq, dates);
        break;
      case 'events':
        et.insert(seq, events);
        break;
      case 'places':
        pt.insert(seq, places);
        break;
      default:
        unknownLayer(name, doc.id);
    }
  }
  doc.diagnostics.forEach((d, i) =>
    st.insertDiagnostic.run(seq, i, d.severity, d.stage, d.code, d.text, d.span?.start ?? null, d.span?.end ?? null),
  );
}

/** Writes each link and counts it into its corpus entity, seen at `seen` (published, else stored). */
function insertLinks(st: Statements, seq: number, doc: Doc, links: readonly Link[], seen: string): void {
  const entities = new Set<number>();
  links.forEach((link, idx) => {
    const name = linkName(doc, link);
    const entity = st.upsertCorpusEntity.get(corpusKey(doc, link), name, link.kind, link.kbId ?? null, link.code ?? null, link.mentions.length, seen, seen);
    if (!entity) throw new StoreError('E_STORE_CORRUPT', `no corpus entity row returned for '${name}' of article ${doc.id}`);
    st.insertLink.run(seq, idx, link.start, link.end, link.kind, link.kbId ?? null, link.country ?? null, link.code ?? null,
      link.codeBasis ?? null, encodeMentions(link.mentions), encodeKindEvidence(link.kindEvidence), entity.id);
    entities.add(entity.id);
  });
  for (const a of entities) for (const b of entities) if (a !== b) st.upsertCoMention.run(a, b);
}

/** A layer name the store has no table for: from newer code, or a damaged row. */
function unknownLayer(name: never, id: string): never {
  throw new StoreError('E_STORE_LAYER', `article ${id} has a layer '${String(name)}' this version cannot store or read; upgrade newsgraph`);
}

/** Records the input a Doc was read from; a second read of the same input adds nothing. */
function insertInput(st: Statements, doc: Doc, ingestedAt: string): void {
  const m = doc.meta;
  st.insertInput.run(m.origin ?? '', m.format, m.title ?? null, m.url ?? null, m.published ?? null, m.source ?? null, m.externalId ?? null, ingestedAt, doc.id);
}

/** The tokens of an article; POS tags and chunks take their spans from them. */
function storedTokens(st: Statements, row: ArticleRow): Token[] {
  const packed = st.tokens.get(row.seq);
  if (!packed) throw new StoreError('E_STORE_CORRUPT', `article ${row.id} lists a tokens layer but has no token row`);
  return unpackTokens(packed.packed, packed.count);
}

/** Reads back the layers the article row says it has. */
function readLayers(st: Statements, qt: QuoteStatements, dt: DateStatements, et: EventStatements, pt: PlaceStatements, row: ArticleRow): Partial<Layers> {
  const layers: { -readonly [K in keyof Layers]?: Layers[K] } = {};
  for (const name of storedLayerNames(row)) {
    switch (name) {
      case 'paragraphs':
        layers.paragraphs = st.paragraphs.all(row.seq).map(paragraphFromRow);
        break;
      case 'sentences':
        layers.sentences = st.sentences.all(row.seq).map(sentenceFromRow);
        break;
      case 'entities':
        layers.entities = st.entities.all(row.seq).map(entityFromRow);
        break;
      case 'links':
        layers.links = st.links.all(row.seq).map(linkFromRow);
        break;
      case 'quotes':
        layers.quotes = qt.read(row.seq);
        break;
      case 'dates':
        layers.dates = dt.read(row.seq);
        break;
      case 'events':
        layers.events = et.read(row.seq);
        break;
      case 'places':
        layers.places = pt.read(row.seq);
        break;
      case 'tokens':
        layers.tokens = storedTokens(st, row);
        break;
      case 'pos': {
        const stored = st.pos.get(row.seq);
        if (!stored) throw new StoreError('E_STORE_CORRUPT', `article ${row.id} lists a pos layer but has no pos_tags row`);
        layers.pos = unpackPos(stored.tags, stored.count, layers.tokens ?? storedTokens(st, row), row.id);
        break;
      }
      case 'chunks': {
        const stored = st.chunks.get(row.seq);
        if (!stored) throw new StoreError('E_STORE_CORRUPT', `article ${row.id} lists a chunks layer but has no chunks row`);
        layers.chunks = unpackChunks(stored.packed, stored.count, layers.tokens ?? storedTokens(st, row), row.id);
        break;
      }
      default:
        unknownLayer(name, row.id);
    }
  }
  return layers;
}

/**
 * Opens the SQLite store at `path` (created and migrated if needed; `:memory:` for a throwaway
 * one). One connection, prepared statements reused; each `saveBatch` is one IMMEDIATE transaction.
 *
 * `search` takes FTS5 query syntax; a query FTS5 cannot parse (`"unbalanced`, `AND AND`,
 * `nosuchcolumn:x`) never throws: it is retried with each word quoted as a literal phrase, and a
 * query with no letters or digits at all finds nothing.
 *
 * @example
 * const store = openSqliteStore('newsgraph.db');
 * const { added, present } = await store.saveBatch(docs);
 * const hits = await store.search('Putin OR Trump', { limit: 10, offset: 0 });
 * await store.close();
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const readonly = options.readonly ?? false;
  const db = openDatabase(path, readonly);
  const st = prepareStatements(db);
  const est = prepareEntityStatements(db);
  const qt = prepareQuoteStatements(db);
  const dt = prepareDateStatements(db);
  const bt = prepareBrowseStatements(db);
  const rt = prepareRelationStatements(db);
  const et = prepareEventStatements(db);
  const pt = preparePlaceStatements(db);

  const save = db.transaction((docs: readonly Doc[], ingestedAt: string): SaveResult => {
    const added: string[] = [];
    const present: string[] = [];
    const seen = new Set<string>();
    for (const doc of docs) {
      const first = !seen.has(doc.id);
      seen.add(doc.id);
      const info = first ? st.insertArticle.run(articleParams(doc, ingestedAt)) : undefined;
      if (info?.changes) {
        insertLayers(st, qt, dt, et, pt, Number(info.lastInsertRowid), doc, ingestedAt);
        added.push(doc.id);
      } else if (first) {
        present.push(doc.id);
      }
      insertInput(st, doc, ingestedAt);
    }
    return { added, present };
  });

  function searchRows(query: string, page: Page) {
    try {
      return st.search.all(query, page.limit, page.offset);
    } catch (error) {
      // SQLITE_ERROR is what FTS5 raises for a query it cannot parse; busy, corrupt or closed
      // databases raise other codes and still throw.
      if (!(error instanceof Error && 'code' in error && error.code === 'SQLITE_ERROR')) throw error;
      const literal = literalQuery(query);
      return literal === undefined ? [] : st.search.all(literal, page.limit, page.offset);
    }
  }

  return {
    async saveBatch(docs) {
      if (readonly) throw new StoreError('E_STORE_READONLY', `store '${path}' was opened read-only; open it without readonly to save`);
      // The same instant for the whole batch: it was stored by one transaction.
      return save.immediate(docs, new Date().toISOString());
    },
    async has(ids) {
      return new Set(st.has.all(JSON.stringify(ids)).map((row) => row.id));
    },
    async resolveId(prefix, limit = 10) {
      const p = prefix.toLowerCase();
      return HEX.test(p) ? st.resolveId.all(p, `${p}g`, limit).map((row) => row.id) : [];
    },
    async getDoc(id) {
      const row = st.article.get(id);
      if (!row) return undefined;
      return { ...docFromRows(row, st.diagnosticsBySeq.all(row.seq)), layers: readLayers(st, qt, dt, et, pt, row) };
    },
    async listArticles(page) {
      return st.list.all(page.limit, page.offset).map(summaryFromRow);
    },
    async search(query, page): Promise<SearchHit[]> {
      return searchRows(query, page).map((row) => ({ ...summaryFromRow(row), snippet: row.snippet, rank: row.rank }));
    },
    async stats() {
      const { first, last, ...counts } = st.counts.get()!;
      const tally = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.n]));
      return { ...counts, byFormat: tally(st.byFormat.all()), bySource: tally(st.bySource.all()), published: { first, last } };
    },
    async diagnostics(id) {
      return st.diagnosticsById.all(id).map(diagnosticFromRow);
    },
    async topEntities(page) {
      return est.top.all(page.limit, page.offset).map(corpusEntityFromRow);
    },
    async findEntities(name, limit) {
      const like = name.replace(/[\\%_]/g, (c) => `\\${c}`);
      return est.byName.all(name, name, like, name, name, limit).map(corpusEntityFromRow);
    },
    async quotes(query, page) {
      return qt.list(query, page.limit, page.offset);
    },
    async events(query, page) {
      return et.list(query, page.limit, page.offset);
    },
    async places(page) {
      return pt.corpus(page.limit, page.offset);
    },
    async entityReport(id) {
      return entityReport(est, id);
    },
    async close() {
      db.close();
    },
    async findArticles(filter, page) {
      return bt.articles(filter, page);
    },
    async entityTimeline(id) {
      return bt.timeline(id);
    },
    async countryCounts() {
      return bt.countries();
    },
    async linkEntities(id) {
      return bt.linkEntities(id);
    },
    async dataVersion() {
      return bt.version();
    },
    async relation(a, b, direction) {
      return rt.relation(a, b, direction);
    },
  };
}
