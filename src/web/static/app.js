import { h, mount } from './dom.js';
import { renderSearch } from './page-search.js';
import { renderArticle } from './page-article.js';
import { renderEntity } from './page-entity.js';
import { renderQuotes } from './page-quotes.js';
import { renderMap } from './page-map.js';
import { renderEvents } from './page-events.js';
import { renderRelations } from './page-relations.js';

const ROUTES = [
  [/^\/(?:search)?$/, 'search', () => renderSearch],
  [/^\/article\/([0-9a-f]{4,64})$/, 'search', (m) => (root, params) => renderArticle(root, m[1], params)],
  [/^\/entity\/(\d+)$/, 'search', (m) => (root, params) => renderEntity(root, Number(m[1]), params)],
  [/^\/quotes$/, 'quotes', () => renderQuotes],
  [/^\/map$/, 'map', () => renderMap],
  [/^\/events$/, 'events', () => renderEvents],
  [/^\/relations$/, 'relations', () => renderRelations],
];

const root = document.getElementById('app');

/** Renders the page of the current URL; a failed API call is shown, never thrown away. */
async function route() {
  const { pathname, search } = window.location;
  const params = new URLSearchParams(search);
  for (const [re, nav, page] of ROUTES) {
    const m = re.exec(pathname);
    if (!m) continue;
    for (const a of document.querySelectorAll('[data-nav]')) a.classList.toggle('active', a.dataset.nav === nav);
    mount(root, h('p', { class: 'loading' }, 'Loading…'));
    try {
      await page(m)(root, params);
    } catch (error) {
      mount(root, h('div', { class: 'error' }, h('strong', null, error.code ?? 'Error'), ' ', error.message));
    }
    document.body.dataset.ready = pathname;
    return;
  }
  mount(root, h('div', { class: 'error' }, 'No such page. ', h('a', { href: '/' }, 'Back to search')));
  document.body.dataset.ready = pathname;
}

/** Moves to a page of this site without reloading. */
export function go(href) {
  window.history.pushState(null, '', href);
  window.scrollTo(0, 0);
  void route();
}

// Links inside the site are followed in place; new tabs, downloads and other sites behave as usual.
document.addEventListener('click', (event) => {
  const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const href = a.getAttribute('href');
  if (!href.startsWith('/') || href.startsWith('/api/') || href.startsWith('/static/') || a.hasAttribute('download')) return;
  event.preventDefault();
  go(href);
});
window.addEventListener('popstate', () => void route());
void route();
