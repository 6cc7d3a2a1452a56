import { get } from './api.js';
import { day, h, mount, safeHref } from './dom.js';
import { badge, empty } from './parts.js';

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
      const classes = [mention ? `m kind-${links[mention.link].kind}` : '', quote ? 'q' : '', speaker ? 'spk' : '', cue ? 'cue' : ''].filter(Boolean).join(' ');
      const tip = [mention ? describeLink(mention.link) : null, quote ? describeQuote(quote.quote) : null, speaker && !mention ? describeQuote(speaker.quote) : null].filter(Boolean).join('\n');
      const quoteIndex = (quote ?? speaker ?? cue)?.quote;
      para.append(h('span', {
        class: classes,
        title: tip || null,
        tabindex: mention ? '0' : null,
        dataset: { ...(mention ? { link: String(mention.link) } : {}), ...(quoteIndex !== undefined ? { quote: String(quoteIndex) } : {}) },
        onclick: (e) => { e.stopPropagation(); if (mention) showLink(mention.link); else if (quoteIndex !== undefined) showQuote(quoteIndex); },
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
        h('span', { class: 'q' }, 'quote'), h('span', { class: 'spk' }, 'speaker')),
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
              h('span', { class: 'muted' }, `: ${clean(doc.text.slice(q.content[0].start, q.content[0].end)).slice(0, 90)}…`)))) : empty('No quotes.')))));
}
