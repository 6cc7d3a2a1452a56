import type { Route } from '../route.js';

/** What the store holds. */
export const statsRoutes: readonly Route[] = [
  {
    method: 'get',
    path: '/api/stats',
    tag: 'corpus',
    summary: 'Counts of articles, inputs, sentences, tokens; articles per format and per source; first and last publication date',
    params: [],
    handle: async ({ services }) => services.store.stats(),
  },
];
