import { get } from './api.js';
import { day, fmt, h, mount } from './dom.js';
import { barChart, fillGaps, unitFor } from './chart.js';
import { badge, empty, entityLink, exportLinks } from './parts.js';
import { eventsTable } from './page-events.js';

/** One entity: who it is, how it is named, when it is mentioned, what it said, whom it appears with. */
export async function renderEntity(root, id) {
  const report = await get(`/api/entities/${id}`);
  const e = report.entity;
  const unit = unitFor(report.timeline);
  const [timeline, quotes, did, done] = await Promise.all([
    get(`/api/entities/${id}/timeline`, { unit, limit: 200 }),
    get('/api/quotes', { speaker: e.name, limit: 20 }),
    get('/api/events', { sourceEntity: id, limit: 10 }),
    get('/api/events', { targetEntity: id, limit: 10 }),
  ]);
  mount(root,
    h('header', { class: 'entity-head' },
      h('p', { class: 'kicker' }, badge(e.kind, `kind-${e.kind}`), e.code ? badge(e.code, 'code') : null),
      h('h1', null, e.name),
      h('p', { class: 'meta' }, e.kbId ? `Knowledge base: ${e.kbId}` : 'Not in the knowledge base (named in several articles)'),
      h('div', { class: 'stats' },
        h('div', null, h('strong', null, fmt(e.mentions)), h('span', null, 'mentions')),
        h('div', null, h('strong', null, fmt(e.articles)), h('span', null, 'articles')),
        h('div', null, h('strong', null, day(e.firstSeen) || '—'), h('span', null, 'first seen')),
        h('div', null, h('strong', null, day(e.lastSeen) || '—'), h('span', null, 'last seen')))),
    h('div', { class: 'columns' },
      h('section', { class: 'main' },
        h('div', { class: 'card' },
          h('div', { class: 'list-head' }, h('h2', null, `Mentions per ${unit}`), exportLinks(`/api/entities/${id}/timeline`, { unit })),
          barChart(fillGaps(timeline.items, unit, 'day', { articles: 0, mentions: 0 })),
          h('p', { class: 'caption muted' }, 'By publication date; an undated article counts on the day it was stored.')),
        h('div', { class: 'list-head' }, h('h2', null, 'What they said'), exportLinks('/api/quotes', { speaker: e.name })),
        quotes.items.length ? h('ul', { class: 'quote-list' }, quotes.items.map((q) =>
          h('li', null, h('blockquote', null, q.quote),
            h('p', { class: 'meta' }, q.cue ? `${q.speaker ?? ''} ${q.cue} · ` : '', h('a', { href: `/article/${q.article}` }, q.title ?? q.article.slice(0, 12)), q.published ? ` · ${day(q.published)}` : '')))) : empty('No quotes attributed to them.'),
        h('div', { class: 'list-head' }, h('h2', null, 'What they did'), exportLinks('/api/events', { sourceEntity: id })),
        did.items.length ? eventsTable(did.items, { compact: true }) : empty('No coded events with them as the source.'),
        h('div', { class: 'list-head' }, h('h2', null, 'What was done to them'), exportLinks('/api/events', { targetEntity: id })),
        done.items.length ? eventsTable(done.items, { compact: true }) : empty('No coded events with them as the target.'),
        h('div', { class: 'list-head' }, h('h2', null, 'Articles'), h('a', { href: `/search?entity=${id}` }, 'All articles mentioning them →')),
        h('ul', { class: 'plain article-list' }, report.articles.map((a) =>
          h('li', null, h('a', { href: `/article/${a.id}` }, a.title ?? a.origin ?? a.id), h('span', { class: 'muted' }, ` ${day(a.published)} · ${a.mentions}×`))))),
      h('aside', { class: 'side' },
        h('h2', null, 'Named as'),
        report.aliases.length ? h('p', { class: 'chips' }, report.aliases.slice(0, 16).map((a) => h('span', { class: 'chip' }, a.text, h('small', null, String(a.count))))) : empty('—'),
        h('h2', null, 'Appears with'),
        report.coMentions.length ? h('ul', { class: 'plain entities' }, report.coMentions.map((c) =>
          h('li', null, entityLink(c), ' ', c.code ? badge(c.code, 'code') : null, h('span', { class: 'count', title: 'articles together' }, String(c.together))))) : empty('Nobody else yet.'))));
}
