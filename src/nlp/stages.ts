import type { AnyStage, Stage } from './stage.js';
import { splitParagraphs } from './paragraphs.js';
import { tokenize } from './tokenize.js';
import { splitSentences } from './sentences.js';
import { recognizeEntities } from './ner/entities.js';
import { sharedTagger } from './ner/resources.js';
import { chunkSentences } from './syntax/chunks.js';
import { tagPartsOfSpeech } from './syntax/pos.js';
import { linkDiagnostics, linkEntities } from './link/links.js';
import { sharedKb } from '../kb/index.js';
import { findQuotes } from './quotes/quotes.js';
import { dateDiagnostics, findDates } from './dates/dates.js';
import { codeEvents } from '../events/stage.js';
import { findPlaces, placeDiagnostics } from './places/places.js';
import { sharedGazetteer } from '../geo/gazetteer.js';

const paragraphs: Stage<'paragraphs'> = {
  name: 'paragraphs',
  requires: [],
  assigns: 'paragraphs',
  run: (doc) => splitParagraphs(doc.text),
};

const tokens: Stage<'tokens'> = {
  name: 'tokens',
  requires: [],
  assigns: 'tokens',
  run: (doc) => tokenize(doc.text),
};

const sentences: Stage<'sentences'> = {
  name: 'sentences',
  requires: ['paragraphs', 'tokens'],
  assigns: 'sentences',
  run: (doc) => splitSentences(doc.text, doc.layers.tokens ?? [], doc.layers.paragraphs ?? []),
};

/** The entity model (`models/ner.bin.gz`) is loaded on the first article that needs it, then shared. */
const entities: Stage<'entities'> = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  assigns: 'entities',
  run: (doc) => recognizeEntities(doc.text, doc.layers.tokens ?? [], doc.layers.sentences ?? [], sharedTagger('ner.bin.gz')),
};

/** The knowledge base (`models/kb.json.gz`) is loaded on the first article, then shared. */
const links: Stage<'links'> = {
  name: 'links',
  requires: ['tokens', 'sentences', 'entities'],
  assigns: 'links',
  run: (doc) => linkEntities(doc, sharedKb()),
  diagnose: linkDiagnostics,
};

/** Part-of-speech tags from `models/pos.bin.gz` (loaded once), for the event coder. */
const pos: Stage<'pos'> = {
  name: 'pos',
  requires: ['tokens', 'sentences'],
  assigns: 'pos',
  run: (doc) => tagPartsOfSpeech(doc.text, doc.layers.tokens ?? [], doc.layers.sentences ?? [], sharedTagger('pos.bin.gz')),
};

/** Base phrases from `models/chunk.bin.gz`, fed the predicted POS tags, for the event coder. */
const chunks: Stage<'chunks'> = {
  name: 'chunks',
  requires: ['tokens', 'sentences', 'pos'],
  assigns: 'chunks',
  run: (doc) => chunkSentences(doc.text, doc.layers.tokens ?? [], doc.layers.sentences ?? [], doc.layers.pos ?? [], sharedTagger('chunk.bin.gz')),
};

/** Quotations and reported speech with their speakers, resolved through the links layer. */
const quotes: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['paragraphs', 'tokens', 'sentences', 'links'],
  assigns: 'quotes',
  run: findQuotes,
};

/** Time expressions normalised to TIMEX3 values against the publication date; reads the text only, about a tenth of the entity stage's time. */
const dates: Stage<'dates'> = {
  name: 'dates',
  requires: [],
  assigns: 'dates',
  run: findDates,
  diagnose: dateDiagnostics,
};

/**
 * Who did what to whom: CAMEO events from POS, chunks and linked actors (`models/events.json.gz`,
 * loaded once), dated and placed from the `dates` and `places` layers when earlier stages made them.
 */
const events: Stage<'events'> = {
  name: 'events',
  requires: ['tokens', 'sentences', 'pos', 'chunks', 'links', 'quotes'],
  assigns: 'events',
  run: codeEvents,
};

/** Toponyms resolved against `models/places.tsv.gz` (loaded on the first article, then shared). */
const places: Stage<'places'> = {
  name: 'places',
  requires: ['paragraphs', 'tokens', 'entities', 'links'],
  assigns: 'places',
  run: (doc) => findPlaces(doc, sharedGazetteer()),
  diagnose: placeDiagnostics,
};

/** Every stage newsgraph ships, by name. */
export const STAGES: ReadonlyMap<string, AnyStage> = new Map<string, AnyStage>(
  [paragraphs, tokens, sentences, pos, chunks, entities, links, quotes, dates, places, events].map((stage) => [stage.name, stage]),
);

/**
 * The stages run when none are named, in order. `pos`, `chunks` and `events` are in it so that
 * `newsgraph ingest folder && newsgraph events` works; they cost about half the ingest rate
 * (docs/benchmarks.md), and `--stages` without them gives it back.
 */
export const DEFAULT_STAGES: readonly string[] = ['paragraphs', 'tokens', 'sentences', 'pos', 'chunks', 'entities', 'links', 'quotes', 'dates', 'places', 'events'];
