import { get } from './api.js';
import { day, h, mount } from './dom.js';
import { empty, exportLinks, pager } from './parts.js';

/** Every quote of the corpus, filtered by speaker and words. */
export async function renderQuotes(root, params) {
  const speaker = params.get('speaker') ?? '';
  const q = params.get('q') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const page = await get('/api/quotes', { speaker, q, offset, limit: 25 });
  const hrefFor = (o) => `/quotes?${new URLSearchParams({ speaker, q, offset: String(o) })}`;
  mount(root,
    h('h1', null, 'Quotes'),
    h('form', { class: 'search inline', action: '/quotes', method: 'get' },
      h('input', { type: 'search', name: 'speaker', value: speaker, placeholder: 'Speaker (e.g. Putin)', 'aria-label': 'Speaker' }),
      h('input', { type: 'search', name: 'q', value: q, placeholder: 'Words in the quote', 'aria-label': 'Words in the quote' }),
      h('button', { type: 'submit' }, 'Filter')),
    h('div', { class: 'list-head' }, h('h2', null, speaker || q ? 'Matching quotes' : 'Newest quotes'), exportLinks('/api/quotes', { speaker, q })),
    page.items.length
      ? h('table', { class: 'table quotes-table' },
        h('thead', null, h('tr', null, h('th', null, 'Speaker'), h('th', null, 'Quote'), h('th', null, 'Article'), h('th', null, 'Date'))),
        h('tbody', null, page.items.map((x) => h('tr', null,
          h('td', { class: 'who' }, x.speakerName ?? x.speaker ?? '—', x.speaker && x.speakerName && x.speaker !== x.speakerName ? h('small', null, `as “${x.speaker}”`) : null, h('small', null, `${x.kind}${x.cue ? ` · ${x.cue}` : ''}`)),
          h('td', null, x.quote),
          h('td', null, h('a', { href: `/article/${x.article}` }, x.title ?? x.article.slice(0, 12))),
          h('td', { class: 'nowrap' }, day(x.published))))))
      : empty('No quote matches.'),
    pager(page, hrefFor));
}
