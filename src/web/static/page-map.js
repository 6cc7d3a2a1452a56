import { get } from './api.js';
import { fmt, h, mount, s } from './dom.js';
import { empty, exportLinks } from './parts.js';

/** The world drawn from the server's projected outlines, with the corpus's places as circles. */
export async function renderMap(root) {
  const map = await get('/api/map');
  const max = Math.max(1, ...map.places.map((p) => p.articles));
  const radius = (p) => 3 + 13 * Math.sqrt(p.articles / max);
  const info = h('p', { class: 'map-info muted' }, 'Circles are countries the articles speak of, sized by articles. Hover or click one.');
  const show = (p) => mount(info, h('strong', null, p.name), ` · ${fmt(p.articles)} articles, ${fmt(p.mentions)} mentions · `, h('a', { href: `/search?q=${encodeURIComponent(`"${p.name}"`)}` }, 'articles →'));
  const named = new Set(map.places.map((p) => p.numeric));
  mount(root,
    h('div', { class: 'list-head' }, h('h1', null, 'Map'), exportLinks('/api/places', {})),
    h('div', { class: 'map-wrap card' },
      s('svg', { viewBox: `0 0 ${map.width} ${map.height}`, class: 'map', role: 'img', 'aria-label': 'World map of the places in the articles' },
        s('g', { class: 'countries' }, map.countries.map((c) => s('path', { d: c.d, class: named.has(c.id) ? 'country hot' : 'country' }, s('title', null, c.name)))),
        s('g', { class: 'places' }, [...map.places].sort((a, b) => b.articles - a.articles).map((p) =>
          s('circle', { cx: p.x, cy: p.y, r: radius(p), class: 'place', tabindex: '0', onmouseenter: () => show(p), onclick: () => show(p), onfocus: () => show(p) },
            s('title', null, `${p.name}: ${p.articles} articles`))))),
      info),
    h('h2', null, 'Places'),
    map.places.length
      ? h('table', { class: 'table' },
        h('thead', null, h('tr', null, h('th', null, 'Country'), h('th', null, 'Code'), h('th', { class: 'num' }, 'Articles'), h('th', { class: 'num' }, 'Mentions'), h('th', null, 'Lat, lon'))),
        h('tbody', null, map.places.map((p) => h('tr', null, h('td', null, p.name), h('td', null, p.country), h('td', { class: 'num' }, fmt(p.articles)), h('td', { class: 'num' }, fmt(p.mentions)), h('td', { class: 'muted' }, `${p.lat.toFixed(1)}, ${p.lon.toFixed(1)}`)))))
      : empty('No places yet.'));
}
