import { docFromArticle } from '../../engine/index.js';
import { ARTICLE_SCHEMA, articleFromBody } from '../body.js';
import { ApiError } from '../errors.js';
import type { Route } from '../route.js';

/** Articles one ingest request may carry; bigger corpora go through `newsgraph ingest`. */
export const MAX_INGEST_ARTICLES = 100;

/** Analysis without storage, and ingest (the one write route). */
export const analyzeRoutes: readonly Route[] = [
  {
    method: 'post',
    path: '/api/analyze',
    tag: 'analyze',
    summary: 'Analyse one article (text or HTML) and return its Doc with every layer; nothing is stored',
    params: [],
    body: ARTICLE_SCHEMA,
    handle: async ({ body, services }) => services.analyzer().analyze(docFromArticle(articleFromBody(body, 'body'))),
  },
  {
    method: 'post',
    path: '/api/ingest',
    tag: 'analyze',
    summary: `Analyse and store articles (idempotent: a text already stored adds nothing); needs the token. Body: one article, or {"articles": [...]} with at most ${MAX_INGEST_ARTICLES}`,
    write: true,
    params: [],
    body: { oneOf: [ARTICLE_SCHEMA, { type: 'object', properties: { articles: { type: 'array', items: ARTICLE_SCHEMA, maxItems: MAX_INGEST_ARTICLES } }, required: ['articles'] }] },
    handle: async ({ body, services }) => {
      const list = typeof body === 'object' && body !== null && 'articles' in body ? (body as { articles: unknown }).articles : [body];
      if (!Array.isArray(list) || list.length === 0 || list.length > MAX_INGEST_ARTICLES) {
        throw new ApiError(400, 'E_BAD_BODY', `"articles" must be an array of 1 to ${MAX_INGEST_ARTICLES} articles`);
      }
      // Every article is read before any is stored, so one bad article stores nothing and the
      // client can fix and resend the whole request.
      const docs = list.map((item, i) => docFromArticle(articleFromBody(item, `articles[${i}]`)));
      const { analyze } = services.analyzer();
      const stored = await services.store.has(docs.map((d) => d.id));
      const result = await services.store.saveBatch(docs.map((doc) => (stored.has(doc.id) ? doc : analyze(doc))));
      return { ...result, ids: docs.map((d) => d.id) };
    },
  },
];
