import { gdeltRow } from '../../events/gdelt.js';
import type { EventRecord } from '../../store/index.js';
import { ApiError } from '../errors.js';
import type { ParamSpec } from '../params.js';
import type { Route } from '../route.js';
import { relationSeries, TIME_UNITS, type TimeUnit } from '../timeline.js';

const ACTOR = /^[A-Za-z-]{3,15}$/;
const actorParam = (name: string, description: string, required = false): ParamSpec => ({ name, in: 'query', type: 'string', maxLength: 15, description, ...(required ? { required } : {}) });

function actorCode(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!ACTOR.test(value)) throw new ApiError(400, 'E_BAD_PARAM', `parameter '${name}' expects a CAMEO actor code or its prefix (USA, RUSGOV, IGO), got '${value.slice(0, 20)}'`);
  return value.toUpperCase();
}

/** An event as a flat row: what lists, CSV and JSONL show. */
function flat(r: EventRecord) {
  const e = r.event;
  return {
    article: r.article, title: r.title, date: e.date ?? r.published, source: e.source.code, sourceName: r.sourceName ?? r.sourceText,
    code: e.code, action: r.actionText, target: e.target.code, targetName: r.targetName ?? r.targetText,
    quadClass: e.quadClass ?? null, goldstein: e.goldstein ?? null, plover: e.plover?.type ?? null, place: e.place?.name ?? null, lat: e.place?.lat ?? null, lon: e.place?.lon ?? null,
    negated: e.negated, hypothetical: e.hypothetical, quoted: e.quoted, sentence: r.sentenceText, start: e.start, end: e.end,
  };
}

/** Coded events, and the relation of two actors over time. */
export const eventRoutes: readonly Route[] = [
  {
    method: 'get',
    path: '/api/events',
    tag: 'events',
    summary: 'Coded events (who did what to whom) with their evidence, latest first; format=gdelt gives GDELT Event 2.0 TSV',
    list: true,
    formats: ['gdelt'],
    params: [
      actorParam('source', 'source actor code prefix (USA matches USAGOV)'),
      actorParam('target', 'target actor code prefix'),
      { name: 'code', in: 'query', type: 'string', maxLength: 4, description: 'CAMEO event code prefix (19: use of force)' },
      { name: 'quad', in: 'query', type: 'integer', min: 1, max: 4, description: 'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict' },
      { name: 'from', in: 'query', type: 'date', description: 'event on or after this day' },
      { name: 'to', in: 'query', type: 'date', description: 'event on or before this day' },
      { name: 'place', in: 'query', type: 'string', maxLength: 100, description: 'place the event happened, part of its name' },
      { name: 'sourceEntity', in: 'query', type: 'integer', min: 1, max: Number.MAX_SAFE_INTEGER, description: 'corpus entity id the source actor is linked to' },
      { name: 'targetEntity', in: 'query', type: 'integer', min: 1, max: Number.MAX_SAFE_INTEGER, description: 'corpus entity id the target actor is linked to' },
      { name: 'plain', in: 'query', type: 'enum', values: ['true', 'false'], default: 'false', description: 'true: leave out negated and hypothetical events' },
    ],
    handle: async ({ args, page, services, format }) => {
      if (args.text('code') !== undefined && !/^\d{1,4}$/.test(args.text('code')!)) throw new ApiError(400, 'E_BAD_PARAM', `parameter 'code' expects 1 to 4 digits of a CAMEO code, got '${args.text('code')}'`);
      const query = {
        ...(actorCode(args.text('source'), 'source') ? { source: actorCode(args.text('source'), 'source')! } : {}),
        ...(actorCode(args.text('target'), 'target') ? { target: actorCode(args.text('target'), 'target')! } : {}),
        ...(args.text('code') !== undefined ? { code: args.text('code')! } : {}),
        ...(args.int('quad') !== undefined ? { quadClass: args.int('quad')! } : {}),
        ...(args.text('from') !== undefined ? { from: args.text('from')! } : {}),
        ...(args.text('to') !== undefined ? { to: args.text('to')! } : {}),
        ...(args.text('place') !== undefined ? { place: args.text('place')! } : {}),
        ...(args.int('sourceEntity') !== undefined ? { sourceEntity: args.int('sourceEntity')! } : {}),
        ...(args.int('targetEntity') !== undefined ? { targetEntity: args.int('targetEntity')! } : {}),
        ...(args.text('plain') === 'true' ? { plain: true } : {}),
      };
      const records = await services.store.events(query, page);
      if (format === 'gdelt') {
        // GLOBALEVENTID counts from the page's offset, so consecutive pages never reuse an id.
        const rows = records.slice(0, page.limit - 1).map((r, i) => gdeltRow(page.offset + i + 1, r));
        // GDELT's own files have no header line; the columns are GDELT_COLUMNS, in order.
        return new Response(rows.map((r) => `${r}\n`).join(''), {
          headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8', 'Content-Disposition': 'attachment; filename="events.gdelt.tsv"' },
        });
      }
      return records.map(flat);
    },
  },
  {
    method: 'get',
    path: '/api/relations',
    tag: 'events',
    summary: 'The relation of two actors over time: events per QuadClass and mean Goldstein score per day, week or month (negated and hypothetical events left out)',
    list: true,
    params: [
      actorParam('a', 'first actor code prefix (USA)', true),
      actorParam('b', 'second actor code prefix (RUS)', true),
      { name: 'unit', in: 'query', type: 'enum', values: TIME_UNITS, default: 'month', description: 'day, week or month' },
      { name: 'direction', in: 'query', type: 'enum', values: ['both', 'forward'], default: 'both', description: 'both: events either way; forward: a acting on b only' },
    ],
    handle: async ({ args, page, services }) => {
      const cells = await services.store.relation(actorCode(args.text('a'), 'a')!, actorCode(args.text('b'), 'b')!, args.text('direction') as 'both' | 'forward');
      return relationSeries(cells, args.text('unit') as TimeUnit).slice(page.offset, page.offset + page.limit);
    },
  },
];
