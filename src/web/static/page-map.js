import { get } from './api.js';
import { fmt, h, mount, s } from './dom.js';
import { empty, exportLinks } from './parts.js';

/** Five shades of a country by how many articles speak of it, relative to the most spoken of. */
const shade = (articles, max) => `c${Math.min(4, Math.floor((4 * Math.sqrt(articles)) / Math.sqrt(max)))}`;

/**
 * The world drawn from the server's projected outlines: countries shaded by the articles that
 * speak of them, and the places the articles name as circles sized by mentions.
 */
export async function renderMap(root) {
  const map = await get('/api/map');
  const byNumeric = new Map(map.countryCounts.map((c) => [c.numeric, c]));
  const maxArticles = Math.max(1, ...map.countryCounts.map((c) => c.articles));
  const maxMentions = Math.max(1, ...map.places.map((p) => p.mentions));
  const radius = (p) => 2.5 + 10 * Math.sqrt(p.mentions / maxMentions);
  const info = h('p', { class: 'map-info muted' }, 'Countries are shaded by the articles that speak of them; circles are the places the articles name, sized by mentions. Hover or click one.');
  const showPlace = (p) => mount(info, h('strong', null, p.name), ` · ${[p.placeClass, p.country].filter(Boolean).join(', ')} · ${fmt(p.mentions)} mentions in ${fmt(p.articles)} articles · `,
    h('a', { href: `/search?place=${encodeURIComponent(p.gazId)}` }, 'articles →'), ' · ', h('a', { href: `/events?place=${encodeURIComponent(p.name)}` }, 'events →'));
  const showCountry = (c) => mount(info, h('strong', null, c.name), ` · ${fmt(c.articles)} articles, ${fmt(c.mentions)} mentions · `,
    h('a', { href: `/search?q=${encodeURIComponent(`"${c.name}"`)}` }, 'articles →'));
  mount(root,
    h('div', { class: 'list-head' }, h('h1', null, 'Map'), h('span', null, 'Places: ', exportLinks('/api/places', {}), ' · Countries: ', exportLinks('/api/countries', {}))),
    h('div', { class: 'map-wrap card' },
      s('svg', { viewBox: `0 0 ${map.width} ${map.height}`, class: 'map', role: 'img', 'aria-label': 'World map of the places in the articles' },
        s('g', { class: 'countries' }, map.countries.map((c) => {
          const count = byNumeric.get(c.id);
          return s('path', { d: c.d, class: `country ${count ? shade(count.articles, maxArticles) : ''}`, onclick: count ? () => showCountry(count) : null },
            s('title', null, count ? `${c.name}: ${count.articles} articles` : c.name));
        })),
        s('g', { class: 'places' }, [...map.places].sort((a, b) => b.mentions - a.mentions).map((p) =>
          s('circle', { cx: p.x, cy: p.y, r: radius(p), class: 'place', tabindex: '0', onmouseenter: () => showPlace(p), onclick: () => showPlace(p), onfocus: () => showPlace(p) },
            s('title', null, `${p.name}: ${p.mentions} mentions`))))),
      info),
    h('div', { class: 'columns' },
      h('section', { class: 'main' },
        h('h2', null, 'Places'),
        map.places.length
          ? h('table', { class: 'table' },
            h('thead', null, h('tr', null, h('th', null, 'Place'), h('th', null, 'Kind'), h('th', null, 'Country'), h('th', { class: 'num' }, 'Mentions'), h('th', { class: 'num' }, 'Articles'), h('th', null, 'Lat, lon'))),
            h('tbody', null, map.places.slice(0, 50).map((p) => h('tr', null, h('td', null, p.name), h('td', { class: 'muted' }, p.placeClass ?? ''), h('td', null, p.country ?? ''),
              h('td', { class: 'num' }, fmt(p.mentions)), h('td', { class: 'num' }, fmt(p.articles)), h('td', { class: 'muted' }, `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`)))))
          : empty('No resolved places yet.')),
      h('aside', { class: 'side' },
        h('h2', null, 'Countries'),
        map.countryCounts.length
          ? h('ul', { class: 'plain entities' }, map.countryCounts.slice(0, 30).map((c) => h('li', null, h('button', { class: 'linklike', type: 'button', onclick: () => showCountry(c) }, c.name), h('span', { class: 'count' }, fmt(c.articles)))))
          : empty('No countries yet.'))));
}
