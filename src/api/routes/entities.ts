import { ApiError } from '../errors.js';
import type { ParamSpec } from '../params.js';
import type { Route } from '../route.js';
import { rollUp, TIME_UNITS, type TimeUnit } from '../timeline.js';

const ID: ParamSpec = { name: 'id', in: 'path', type: 'integer', min: 1, max: Number.MAX_SAFE_INTEGER, required: true, description: 'corpus entity id' };

/** Corpus entities: the list, one entity's report, and its mention timeline. */
export const entityRoutes: readonly Route[] = [
  {
    method: 'get',
    path: '/api/entities',
    tag: 'entities',
    summary: 'Corpus entities, most mentioned first; with q, exact name or KB id first, then names containing q',
    list: true,
    params: [{ name: 'q', in: 'query', type: 'string', maxLength: 200, description: 'a name, part of one, or a KB id (person:vladimir-putin)' }],
    handle: async ({ args, page, services }) => {
      const q = args.text('q');
      if (q === undefined) return services.store.topEntities(page);
      // findEntities ranks in SQL but takes no offset: read up to the end of the page and cut.
      return (await services.store.findEntities(q, page.offset + page.limit)).slice(page.offset);
    },
  },
  {
    method: 'get',
    path: '/api/entities/{id}',
    tag: 'entities',
    summary: 'One entity: identity, KB id, actor code, names used, newest articles, co-mentioned entities, daily mention timeline',
    params: [ID],
    handle: async ({ args, services }) => {
      const id = args.int('id')!;
      const report = await services.store.entityReport(id);
      if (!report) throw new ApiError(404, 'E_NOT_FOUND', `no entity with id ${id}`);
      return { ...report, timeline: await services.store.entityTimeline(id) };
    },
  },
  {
    method: 'get',
    path: '/api/entities/{id}/timeline',
    tag: 'entities',
    summary: 'Articles and mentions of one entity per day, ISO week (its Monday) or month, oldest first',
    list: true,
    params: [ID, { name: 'unit', in: 'query', type: 'enum', values: TIME_UNITS, default: 'day', description: 'day, week or month' }],
    handle: async ({ args, page, services }) => {
      const id = args.int('id')!;
      const daily = await services.store.entityTimeline(id);
      // Every stored entity has at least one day, so only an empty timeline needs the existence check.
      if (daily.length === 0 && !(await services.store.entityReport(id))) throw new ApiError(404, 'E_NOT_FOUND', `no entity with id ${id}`);
      const points = rollUp(daily, args.text('unit') as TimeUnit);
      return points.slice(page.offset, page.offset + page.limit);
    },
  },
];
