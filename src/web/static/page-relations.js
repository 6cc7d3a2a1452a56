import { get } from './api.js';
import { h, mount } from './dom.js';
import { relationsChart } from './chart-relations.js';
import { fillGaps } from './chart.js';
import { eventsTable } from './page-events.js';
import { empty, exportLinks } from './parts.js';

/** Two actors' relation over time: cooperation and conflict by QuadClass, mean Goldstein, and the events behind it. */
export async function renderRelations(root, params) {
  const a = (params.get('a') ?? 'USA').toUpperCase();
  const b = (params.get('b') ?? 'RUS').toUpperCase();
  const unit = params.get('unit') ?? 'month';
  const direction = params.get('direction') ?? 'both';
  const [series, ab, ba] = await Promise.all([
    get('/api/relations', { a, b, unit, direction, limit: 200 }),
    get('/api/events', { source: a, target: b, limit: 15 }),
    direction === 'both' ? get('/api/events', { source: b, target: a, limit: 15 }) : { items: [] },
  ]);
  const events = [...ab.items, ...ba.items].sort((x, y) => String(y.date).localeCompare(String(x.date)));
  const total = series.items.reduce((n, p) => n + p.events, 0);
  mount(root,
    h('h1', null, `${a} – ${b}`),
    h('form', { class: 'pair-form', action: '/relations', method: 'get' },
      h('label', null, h('span', null, 'Actor A'), h('input', { type: 'search', name: 'a', value: a, 'aria-label': 'Actor A code' })),
      h('label', null, h('span', null, 'Actor B'), h('input', { type: 'search', name: 'b', value: b, 'aria-label': 'Actor B code' })),
      h('label', null, h('span', null, 'Per'), h('select', { name: 'unit' }, ['day', 'week', 'month'].map((u) => h('option', { value: u, selected: u === unit }, u)))),
      h('label', null, h('span', null, 'Direction'), h('select', { name: 'direction' },
        h('option', { value: 'both', selected: direction === 'both' }, 'both ways'),
        h('option', { value: 'forward', selected: direction === 'forward' }, 'A on B only'))),
      h('button', { type: 'submit' }, 'Show')),
    h('div', { class: 'card' },
      h('div', { class: 'list-head' }, h('h2', null, `Cooperation and conflict per ${unit} · ${total} event${total === 1 ? '' : 's'}`), exportLinks('/api/relations', { a, b, unit, direction })),
      relationsChart(fillGaps(series.items, unit, 'period', { quad1: 0, quad2: 0, quad3: 0, quad4: 0, events: 0, goldstein: null })),
      h('p', { class: 'caption muted' }, 'Actor codes match as prefixes (USA takes in USAGOV, USAMIL). Negated and hypothetical events are left out.')),
    h('h2', null, 'Latest events between them'),
    events.length ? eventsTable(events) : empty('No events between them.'));
}
