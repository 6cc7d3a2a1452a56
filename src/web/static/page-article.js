import { get } from './api.js';
import { day, h, mount, safeHref } from './dom.js';
import { badge, empty } from './parts.js';
import { QUADS } from './chart-relations.js';

const clean = (t) => t.replace(/\s+/g, ' ').trim();

/** The name a link goes by in this article: its first `name` mention, else its first mention. */
function linkLabel(text, link) {
  const m = link.mentions.find((x) => x.kind === 'name') ?? link.mentions[0];
  return clean(text.slice(m.start, m.end));
}

/**
 * Every highlighted span of the article: entity mentions, quote contents, speakers and cues,
 * each pointing back to the link or quote it belongs to.
 */
function marksOf(doc) {
  const marks = [];
  (doc.layers.links ?? []).forEach((link, i) => {
    for (const m of link.mentions) marks.push({ start: m.start, end: m.end, kind: 'mention', link: i });
  });
  (doc.layers.quotes ?? []).forEach((q, i) => {
    for (const c of q.content) marks.push({ start: c.start, end: c.end, kind: 'quote', quote: i });
    if (q.speaker) marks.push({ start: q.speaker.start, end: q.speaker.end, kind: 'speaker', quote: i });
    if (q.cue) marks.push({ start: q.cue.start, end: q.cue.end, kind: 'cue', quote: i });
  });
  (doc.layers.events ?? []).forEach((e, i) => marks.push({ start: e.start, end: e.end, kind: 'event', event: i }));
  (doc.layers.places ?? []).forEach((p, i) => marks.push({ start: p.start, end: p.end, kind: 'place', place: i }));
  return marks;
}

/** The paragraph's text cut at every mark boundary; each piece knows the marks covering it. */
function pieces(text, from, to, marks) {
  const inside = marks.filter((m) => m.start < to && m.end > from);
  const cuts = new Set([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [a, b] = [points[i], points[i + 1]];
    out.push({ text: text.slice(a, b), covering: inside.filter((m) => m.start <= a && m.end >= b) });
  }
  return out;
}

/** Renders an article with its entities and quotes highlighted, and an inspector for the one clicked. */
export async function renderArticle(root, id) {
  const { doc, linkEntities } = await get(`/api/articles/${id}`);
  const links = doc.layers.links ?? [];
  const quotes = doc.layers.quotes ?? [];
  const inspector = h('div', { class: 'inspector-body' }, h('p', { class: 'muted' }, 'Click a highlighted name or quote to see who it is and who said it.'));
  const describeLink = (i) => {
    const l = links[i];
    return [linkLabel(doc.text, l), l.kind, l.code, l.kbId].filter(Boolean).join(' · ');
  };
  const describeQuote = (i) => {
    const q = quotes[i];
    const who = q.speakerLink !== undefined ? linkLabel(doc.text, links[q.speakerLink]) : q.speaker ? clean(doc.text.slice(q.speaker.start, q.speaker.end)) : 'unknown speaker';
    return `${q.kind} quote · said by ${who}`;
  };

  // A place mention that is also an entity mention belongs to the entity's inspector.
  const placeOf = (i) => (doc.layers.places ?? []).find((p) => p.link === i && p.lat !== undefined);
  const showLink = (i) => {
    const l = links[i];
    const names = [...new Set(l.mentions.map((m) => clean(doc.text.slice(m.start, m.end))))];
    const said = quotes.map((q, qi) => [q, qi]).filter(([q]) => q.speakerLink === i);
    mount(inspector,
      h('h3', null, linkLabel(doc.text, l)),
      h('dl', { class: 'facts' },
        h('dt', null, 'Kind'), h('dd', null, badge(l.kind, `kind-${l.kind}`)),
        h('dt', null, 'KB id'), h('dd', null, l.kbId ?? h('span', { class: 'muted' }, 'not in the knowledge base')),
        h('dt', null, 'Actor code'), h('dd', null, l.code ? badge(l.code, 'code') : '—', l.codeBasis ? h('span', { class: 'muted' }, ` (${l.codeBasis})`) : null),
        l.country ? [h('dt', null, 'Country'), h('dd', null, l.country)] : null,
        h('dt', null, 'Named as'), h('dd', null, names.join(' · ')),
        placeOf(i) ? [h('dt', null, 'Coordinates'), h('dd', null, `${placeOf(i).lat.toFixed(3)}, ${placeOf(i).lon.toFixed(3)}`, h('span', { class: 'muted' }, ` (${placeOf(i).name}, ${placeOf(i).placeClass ?? 'place'})`))] : null,
        h('dt', null, 'Mentions'), h('dd', null, String(l.mentions.length))),
      said.length ? h('p', null, `Speaker of ${said.length} quote${said.length > 1 ? 's' : ''} here.`) : null,
      linkEntities[i] ? h('a', { class: 'button', href: `/entity/${linkEntities[i]}` }, 'Open entity page →') : null);
    select(`[data-link="${i}"]`);
  };
  const showQuote = (i) => {
    const q = quotes[i];
    const slice = (s) => (s ? clean(doc.text.slice(s.start, s.end)) : null);
    const speakerLink = q.speakerLink;
    mount(inspector,
      h('h3', null, 'Quote'),
      h('blockquote', null, q.content.map((c) => clean(doc.text.slice(c.start, c.end))).join(' … ')),
      h('dl', { class: 'facts' },
        h('dt', null, 'Speaker'), h('dd', null, speakerLink !== undefined && linkEntities[speakerLink]
          ? h('a', { href: `/entity/${linkEntities[speakerLink]}` }, linkLabel(doc.text, links[speakerLink]))
          : slice(q.speaker) ?? h('span', { class: 'muted' }, 'not found')),
        q.speaker && speakerLink !== undefined ? [h('dt', null, 'In the text'), h('dd', null, slice(q.speaker))] : null,
        h('dt', null, 'Kind'), h('dd', null, q.kind),
        h('dt', null, 'Cue'), h('dd', null, slice(q.cue) ?? '—'),
        q.addressee ? [h('dt', null, 'To'), h('dd', null, slice(q.addressee))] : null));
    select(`[data-quote="${i}"]`);
  };
  const events = doc.layers.events ?? [];
  const places = doc.layers.places ?? [];
  const actorName = (actor) => (actor.link !== undefined && links[actor.link] ? linkLabel(doc.text, links[actor.link]) : clean(doc.text.slice(actor.start, actor.end)));
  const describeEvent = (i) => {
    const e = events[i];
    return `${actorName(e.source)} → ${actorName(e.target)} · CAMEO ${e.code}${e.plover ? ` · ${e.plover.type}` : ''}${e.goldstein !== undefined ? ` · Goldstein ${e.goldstein}` : ''}`;
  };
  const actorLine = (actor) => [actor.link !== undefined && linkEntities[actor.link] ? h('a', { href: `/entity/${linkEntities[actor.link]}` }, actorName(actor)) : actorName(actor), ' ', badge(actor.code, 'code')];
  const showEvent = (i) => {
    const e = events[i];
    mount(inspector,
      h('h3', null, 'Event'),
      h('p', null, clean(doc.text.slice(e.start, e.end))),
      h('dl', { class: 'facts' },
        h('dt', null, 'Source'), h('dd', null, actorLine(e.source)),
        h('dt', null, 'Target'), h('dd', null, actorLine(e.target)),
        h('dt', null, 'CAMEO'), h('dd', null, badge(e.code, 'code'), ` root ${e.root}`),
        e.plover ? [h('dt', null, 'PLOVER'), h('dd', null, [e.plover.type, e.plover.mode].filter(Boolean).join(' · '))] : null,
        h('dt', null, 'Class'), h('dd', null, e.quadClass ? QUADS[e.quadClass - 1].label : '—'),
        h('dt', null, 'Goldstein'), h('dd', null, e.goldstein !== undefined ? String(e.goldstein) : '—'),
        e.date ? [h('dt', null, 'Date'), h('dd', null, day(e.date))] : null,
        e.place ? [h('dt', null, 'Place'), h('dd', null, e.place.name, h('span', { class: 'muted' }, ` (${e.place.lat.toFixed(2)}, ${e.place.lon.toFixed(2)}; ${e.place.basis})`))] : null,
        e.negated || e.hypothetical || e.quoted ? [h('dt', null, 'Flags'), h('dd', null, [e.negated && 'negated', e.hypothetical && 'hypothetical', e.quoted && 'claimed in a quote'].filter(Boolean).join(', '))] : null),
      h('a', { class: 'button', href: `/relations?a=${encodeURIComponent(e.source.code.slice(0, 3))}&b=${encodeURIComponent(e.target.code.slice(0, 3))}` }, 'Relation over time →'));
    select(`[data-event="${i}"]`);
  };
  const showPlace = (i) => {
    const p = places[i];
    mount(inspector,
      h('h3', null, p.name ?? clean(doc.text.slice(p.start, p.end))),
      h('dl', { class: 'facts' },
        h('dt', null, 'Use'), h('dd', null, p.use + (p.dateline ? ' (dateline)' : '')),
        h('dt', null, 'Kind'), h('dd', null, p.placeClass ?? '—'),
        h('dt', null, 'Country'), h('dd', null, p.country ?? '—'),
        h('dt', null, 'Coordinates'), h('dd', null, p.lat !== undefined ? `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}` : 'not resolved'),
        p.gazId ? [h('dt', null, 'Gazetteer'), h('dd', null, p.gazId)] : null));
    select(`[data-place="${i}"]`);
  };
  const body = h('div', { class: 'article-text' });
  const select = (selector) => {
    for (const el of body.querySelectorAll('.selected')) el.classList.remove('selected');
    for (const el of body.querySelectorAll(selector)) el.classList.add('selected');
  };

  const marks = marksOf(doc);
  const paragraphs = doc.layers.paragraphs?.length ? doc.layers.paragraphs : [{ start: 0, end: doc.text.length }];
  for (const p of paragraphs) {
    const para = h('p', null);
    for (const piece of pieces(doc.text, p.start, p.end, marks)) {
      if (piece.covering.length === 0) {
        para.append(piece.text);
        continue;
      }
      const mention = piece.covering.find((m) => m.kind === 'mention');
      const quote = piece.covering.find((m) => m.kind === 'quote');
      const speaker = piece.covering.find((m) => m.kind === 'speaker');
      const cue = piece.covering.find((m) => m.kind === 'cue');
      const event = piece.covering.find((m) => m.kind === 'event');
      const place = piece.covering.find((m) => m.kind === 'place');
      const coop = event && events[event.event].quadClass !== undefined && events[event.event].quadClass <= 2;
      const classes = [mention ? `m kind-${links[mention.link].kind}` : '', quote ? 'q' : '', speaker ? 'spk' : '', cue ? 'cue' : '', event ? `ev${coop ? ' coop' : ''}` : '', place && !mention ? 'pl' : ''].filter(Boolean).join(' ');
      const tip = [mention ? describeLink(mention.link) : null, event ? describeEvent(event.event) : null, quote ? describeQuote(quote.quote) : null, speaker && !mention ? describeQuote(speaker.quote) : null].filter(Boolean).join('\n');
      const quoteIndex = (quote ?? speaker ?? cue)?.quote;
      para.append(h('span', {
        class: classes,
        title: tip || null,
        tabindex: mention ? '0' : null,
        dataset: { ...(mention ? { link: String(mention.link) } : {}), ...(quoteIndex !== undefined ? { quote: String(quoteIndex) } : {}), ...(event ? { event: String(event.event) } : {}), ...(place ? { place: String(place.place) } : {}) },
        onclick: (e) => {
          e.stopPropagation();
          if (mention) showLink(mention.link);
          else if (event) showEvent(event.event);
          else if (place) showPlace(place.place);
          else if (quoteIndex !== undefined) showQuote(quoteIndex);
        },
        onkeydown: (e) => { if (e.key === 'Enter' && mention) showLink(mention.link); },
      }, piece.text));
    }
    body.append(para);
  }

  const meta = doc.meta;
  const original = safeHref(meta.url);
  const entityList = links.map((l, i) => [l, i]).sort((a, b) => b[0].mentions.length - a[0].mentions.length);
  mount(root,
    h('article', { class: 'article' },
      h('header', { class: 'article-head' },
        h('p', { class: 'kicker' }, [meta.source, day(meta.published), meta.author].filter(Boolean).join(' · ') || 'undated'),
        h('h1', null, meta.title ?? meta.origin ?? doc.id),
        h('p', { class: 'meta' },
          original ? h('a', { href: original, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'Original') : null,
          original ? ' · ' : null, `id ${doc.id.slice(0, 12)} · ${doc.text.length.toLocaleString('en-US')} characters`)),
      h('div', { class: 'legend' },
        h('span', { class: 'm kind-person' }, 'person'), h('span', { class: 'm kind-organization' }, 'organization'),
        h('span', { class: 'm kind-country' }, 'country'), h('span', { class: 'm kind-place' }, 'place'), h('span', { class: 'm kind-group' }, 'group'),
        h('span', { class: 'q' }, 'quote'), h('span', { class: 'spk' }, 'speaker'),
        events.length ? [h('span', { class: 'ev coop' }, 'cooperation'), h('span', { class: 'ev' }, 'conflict')] : null),
      h('div', { class: 'columns' },
        h('section', { class: 'main' }, body),
        h('aside', { class: 'side sticky' },
          h('div', { class: 'inspector' }, inspector),
          h('h2', null, `Entities (${links.length})`),
          links.length ? h('ul', { class: 'plain entities' }, entityList.map(([l, i]) =>
            h('li', null, h('button', { class: `linklike ent kind-${l.kind}`, type: 'button', onclick: () => showLink(i) }, linkLabel(doc.text, l)),
              ' ', l.code ? badge(l.code, 'code') : null, h('span', { class: 'count' }, String(l.mentions.length))))) : empty('No entities.'),
          h('h2', null, `Quotes (${quotes.length})`),
          quotes.length ? h('ul', { class: 'plain quotes-mini' }, quotes.map((q, i) =>
            h('li', null, h('button', { class: 'linklike', type: 'button', onclick: () => showQuote(i) },
              q.speakerLink !== undefined ? linkLabel(doc.text, links[q.speakerLink]) : q.speaker ? clean(doc.text.slice(q.speaker.start, q.speaker.end)) : 'unknown'),
              h('span', { class: 'muted' }, `: ${clean(doc.text.slice(q.content[0].start, q.content[0].end)).slice(0, 90)}…`)))) : empty('No quotes.'),
          doc.layers.events ? [h('h2', null, `Events (${events.length})`),
            events.length ? h('ul', { class: 'plain quotes-mini' }, events.map((e, i) =>
              h('li', null, h('button', { class: 'linklike', type: 'button', onclick: () => showEvent(i) }, `${actorName(e.source)} → ${actorName(e.target)}`),
                ' ', badge(e.code, 'code')))) : empty('No events.')] : null))));
}
