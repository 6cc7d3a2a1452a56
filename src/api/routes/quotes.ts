import type { Route } from '../route.js';

/** Quotations across the corpus. */
export const quoteRoutes: readonly Route[] = [
  {
    method: 'get',
    path: '/api/quotes',
    tag: 'quotes',
    summary: 'Quotes with speaker, cue, article and date, newest article first',
    list: true,
    params: [
      { name: 'speaker', in: 'query', type: 'string', maxLength: 200, description: "words of the speaker's name or words, each matching the start of a word, any case" },
      { name: 'q', in: 'query', type: 'string', maxLength: 200, description: 'words that must all occur in the quote, any case' },
    ],
    handle: async ({ args, page, services }) => {
      const speaker = args.text('speaker');
      const words = args.text('q')?.split(/\s+/).filter(Boolean);
      return services.store.quotes({ ...(speaker !== undefined ? { speaker } : {}), ...(words?.length ? { words } : {}) }, page);
    },
  },
];
