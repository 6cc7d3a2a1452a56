import { findArticle } from '../../engine/index.js';
import { ApiError } from '../errors.js';
import type { Route } from '../route.js';

/** Article search and one article with every layer. */
export const articleRoutes: readonly Route[] = [
  {
    method: 'get',
    path: '/api/articles',
    tag: 'articles',
    summary: 'Articles: full-text search (FTS5 syntax) with filters, best match first; newest first without a query',
    list: true,
    params: [
      { name: 'q', in: 'query', type: 'string', description: 'FTS5 query over titles and text: words, "phrases", OR, NOT, prefix*' },
      { name: 'source', in: 'query', type: 'string', description: 'exact source (outlet) name' },
      { name: 'from', in: 'query', type: 'date', description: 'published on or after this day' },
      { name: 'to', in: 'query', type: 'date', description: 'published on or before this day' },
      { name: 'entity', in: 'query', type: 'integer', min: 1, max: Number.MAX_SAFE_INTEGER, description: 'corpus entity id the article must mention' },
      { name: 'place', in: 'query', type: 'string', maxLength: 200, description: 'a resolved place the article names: gazetteer id (gn:491422) or name, any case' },
      { name: 'event', in: 'query', type: 'string', maxLength: 4, description: 'CAMEO event code prefix the article must hold an event with (19: use of force)' },
    ],
    handle: async ({ args, page, services }) => {
      const event = args.text('event');
      if (event !== undefined && !/^\d{1,4}$/.test(event)) throw new ApiError(400, 'E_BAD_PARAM', `parameter 'event' expects 1 to 4 digits of a CAMEO code, got '${event}'`);
      const filter = {
        ...(event !== undefined ? { eventCode: event } : {}),
        ...(args.text('place') !== undefined ? { place: args.text('place')! } : {}),
        ...(args.text('q') !== undefined ? { query: args.text('q')! } : {}),
        ...(args.text('source') !== undefined ? { source: args.text('source')! } : {}),
        ...(args.text('from') !== undefined ? { from: args.text('from')! } : {}),
        ...(args.text('to') !== undefined ? { to: args.text('to')! } : {}),
        ...(args.int('entity') !== undefined ? { entity: args.int('entity')! } : {}),
      };
      return services.store.findArticles(filter, page);
    },
  },
  {
    method: 'get',
    path: '/api/articles/{id}',
    tag: 'articles',
    summary: 'One article (full id or an unambiguous prefix) with its text, metadata, every layer, diagnostics, and the corpus entity of each link',
    cache: false,
    params: [{ name: 'id', in: 'path', type: 'string', maxLength: 64, required: true, description: 'article id or a prefix of at least 4 hex digits' }],
    handle: async ({ args, services }) => {
      const id = args.text('id')!.toLowerCase();
      if (!/^[0-9a-f]{4,64}$/.test(id)) throw new ApiError(400, 'E_BAD_PARAM', `parameter 'id' expects 4 to 64 hex digits, got '${id.slice(0, 70)}'`);
      const found = await findArticle(services.store, id);
      if (found.kind === 'missing') throw new ApiError(404, 'E_NOT_FOUND', `no article with id '${id}'`);
      if (found.kind === 'ambiguous') throw new ApiError(409, 'E_AMBIGUOUS', `id prefix '${id}' matches ${found.ids.join(', ')}; give more digits`);
      return { doc: found.doc, linkEntities: await services.store.linkEntities(found.doc.id) };
    },
  },
];
