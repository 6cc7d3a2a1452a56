import { describe, expect, it } from 'vitest';
import { createDoc, validateDoc, type Doc, type Entity, type EntityType, type Link } from '../../doc/index.js';
import { createKb, type KbEntry } from '../../kb/index.js';
import { splitParagraphs } from '../paragraphs.js';
import { splitSentences } from '../sentences.js';
import { tokenize } from '../tokenize.js';
import { linkDiagnostics, linkEntities } from './links.js';

/** A small hand-written KB: two holders of one office, a country with its demonym and capital. */
const KB = createKb({
  entries: [
    { id: 'country:XLD', name: 'Xland', kind: 'country', aliases: ['xland', 'republic of xland'], country: 'XLD', codes: [{ code: 'XLD' }], demonyms: ['xlandic'] },
    { id: 'place:xcity-xld', name: 'Xcity', kind: 'place', aliases: ['xcity'], country: 'XLD', codes: [{ code: 'XLD' }], capitalOf: 'XLD' },
    { id: 'person:ann-lee', name: 'Ann Lee', kind: 'person', aliases: ['ann lee', 'lee', 'president ann lee'], country: 'XLD', codes: [{ code: 'XLDGOV', from: '2001-01-01', to: '2005-12-31' }, { code: 'XLDELI' }] },
    { id: 'country:ZLD', name: 'Zland', kind: 'country', aliases: ['zland'], country: 'ZLD', codes: [{ code: 'ZLD' }], demonyms: ['zlandic'] },
    { id: 'place:yville-xld', name: 'Yville', kind: 'place', aliases: ['yville'], country: 'XLD', codes: [{ code: 'XLD' }] },
    { id: 'person:bob-ray', name: 'Bob Ray', kind: 'person', aliases: ['bob ray', 'ray', 'president bob ray'], country: 'XLD', codes: [{ code: 'XLDGOV', from: '2006-01-01' }] },
  ] satisfies KbEntry[],
  agents: { president: 'GOV', mayor: 'GOV', commander: 'MIL', 'military personnel': 'MIL', military: 'MIL', court: 'JUD' },
});

/** A Doc with tokens, sentences and the given entity mentions (each the next occurrence of its text). */
function article(text: string, mentions: readonly [string, EntityType, string?][], published?: string): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, splitParagraphs(text));
  let from = 0;
  const entities: Entity[] = mentions.map(([surface, type, country]) => {
    const start = text.indexOf(surface, from);
    const end = start + surface.length;
    from = end;
    const tokenStart = tokens.findIndex((t) => t.start === start);
    const tokenEnd = tokens.findIndex((t) => t.end === end) + 1;
    return country ? { start, end, type, tokenStart, tokenEnd, country } : { start, end, type, tokenStart, tokenEnd };
  });
  const doc = createDoc(text, published ? { format: 'text', published } : { format: 'text' });
  return { ...doc, layers: { tokens, sentences, entities } };
}

function linked(doc: Doc): { doc: Doc; links: Link[] } {
  const links = linkEntities(doc, KB);
  const out = { ...doc, layers: { ...doc.layers, links } };
  expect(validateDoc(out)).toEqual([]);
  return { doc: out, links };
}

/** Each link as its mention texts joined with `|`. */
function texts(doc: Doc, links: readonly Link[]): string[] {
  return links.map((l) => l.mentions.map((m) => doc.text.slice(m.start, m.end)).join('|'));
}

describe('links stage', () => {
  it('keeps two people with one surname apart and gives a bare surname to the one named last', () => {
    const { doc, links } = linked(
      article('John Smith met Mary Smith in Paris. Smith said the talks went well.', [
        ['John Smith', 'PER'], ['Mary Smith', 'PER'], ['Paris', 'LOC'], ['Smith', 'PER'],
      ]),
    );
    expect(texts(doc, links)).toEqual(['John Smith', 'Mary Smith|Smith', 'Paris']);
    expect(links.map((l) => l.kind)).toEqual(['person', 'person', 'place']);
  });

  it('joins a courtesy-titled surname to the full name and a subject pronoun to the person', () => {
    const { doc, links } = linked(
      article('Tony Blair visited the G7. Mr Blair said he would return.', [['Tony Blair', 'PER'], ['G7', 'ORG'], ['Mr Blair', 'PER']]),
    );
    expect(texts(doc, links)).toEqual(['Tony Blair|Mr Blair|he', 'G7']);
  });

  it('codes a title by who held it on the article date, and resolves "the president" to that holder', () => {
    const text = 'Ann Lee met Bob Ray in Geneva. Later, the president said the talks were useful.';
    const mentions: [string, EntityType][] = [['Ann Lee', 'PER'], ['Bob Ray', 'PER'], ['Geneva', 'LOC']];
    const early = linked(article(text, mentions, '2004-03-01'));
    expect(early.links.slice(0, 2).map((l) => [l.kbId, l.code, l.codeBasis])).toEqual([
      ['person:ann-lee', 'XLDGOV', 'dated'],
      ['person:bob-ray', 'XLD', 'text'],
    ]);
    expect(texts(early.doc, early.links)[0]).toBe('Ann Lee|president');
    const late = linked(article(text, mentions, '2009-03-01'));
    expect(late.links.slice(0, 2).map((l) => l.code)).toEqual(['XLDELI', 'XLDGOV']);
    expect(texts(late.doc, late.links)[1]).toBe('Bob Ray|president');
  });

  it('resolves "the Xlandic leader" to whoever led Xland on the article date, and keeps "the president" open for them', () => {
    const text = 'Ann Lee met Bob Ray in Geneva. Later, the Xlandic leader said the talks were useful.';
    const mentions: [string, EntityType, string?][] = [['Ann Lee', 'PER'], ['Bob Ray', 'PER'], ['Geneva', 'LOC'], ['Xlandic', 'MISC', 'XLD']];
    const early = linked(article(text, mentions, '2004-03-01'));
    expect(texts(early.doc, early.links)[0]).toBe('Ann Lee|Xlandic leader');
    const late = linked(article(text, mentions, '2009-03-01'));
    expect(texts(late.doc, late.links)[1]).toBe('Bob Ray|Xlandic leader');
    const titled = linked(article('Xlandic leader Bob Ray arrived in Geneva. The president said the talks were useful.', [['Xlandic', 'MISC', 'XLD'], ['Bob Ray', 'PER'], ['Geneva', 'LOC']], '2009-03-01'));
    expect(texts(titled.doc, titled.links)).toContain('Xlandic leader|Bob Ray|president');
  });

  it('leaves "the party leader" alone: without a country, "leader" names no office', () => {
    const text = 'Ann Lee met Bob Ray in Geneva. Later, the party leader said the talks were useful.';
    const { doc, links } = linked(article(text, [['Ann Lee', 'PER'], ['Bob Ray', 'PER'], ['Geneva', 'LOC']], '2004-03-01'));
    expect(texts(doc, links)).toEqual(['Ann Lee', 'Bob Ray', 'Geneva']);
  });

  it('reads "the mayor of Yville" as an official of the town\'s country, the town staying a place', () => {
    const { doc, links } = linked(article('The mayor of Yville met reporters.', [['Yville', 'LOC']], '2004-03-01'));
    expect(links.map((l) => [doc.text.slice(l.start, l.end), l.kind, l.code])).toEqual([
      ['mayor of Yville', 'group', 'XLDGOV'],
      ['Yville', 'place', 'XLD'],
    ]);
  });

  it('gives "the Xlandic commander in Zland" to Xland, and "a court in Zland" to Zland', () => {
    const { doc, links } = linked(
      article('The Xlandic commander in Zland met reporters. A court in Zland ruled.', [['Xlandic', 'MISC', 'XLD'], ['Zland', 'LOC'], ['Zland', 'LOC']], '2004-03-01'),
    );
    const groups = links.filter((l) => l.kind === 'group').map((l) => [doc.text.slice(l.start, l.end), l.code]);
    expect(groups).toEqual([
      ['Xlandic commander', 'XLDMIL'],
      ['court in Zland', 'ZLDJUD'],
    ]);
  });

  it('folds an acronym defined in the text into its long form', () => {
    const { doc, links } = linked(
      article('Hale directs the Program on New Approaches to Research and Security (PONARS) in Eurasia. PONARS meets in May.', [
        ['Hale', 'PER'], ['Program on New Approaches', 'ORG'], ['Research and Security', 'ORG'], ['PONARS', 'ORG'], ['Eurasia', 'LOC'], ['PONARS', 'ORG'],
      ]),
    );
    expect(texts(doc, links)).toContain('Program on New Approaches to Research and Security|PONARS|PONARS');
    expect(links.find((l) => l.mentions.some((m) => m.kind === 'acronym'))?.mentions.map((m) => m.kind)).toEqual(['name', 'acronym', 'acronym']);
  });

  it('reads a demonym with a role noun as a group, not as its country', () => {
    const { doc, links } = linked(
      article('Xlandic military personnel were stationed at the base. Xlandic hackers were blamed, and Xcity must keep talking.', [
        ['Xlandic', 'MISC', 'XLD'], ['Xlandic', 'MISC', 'XLD'], ['Xcity', 'LOC'],
      ]),
    );
    const group = links.find((l) => l.kind === 'group');
    expect(group && [doc.text.slice(group.start, group.end), group.code]).toEqual(['Xlandic military personnel', 'XLDMIL']);
    const country = links.find((l) => l.kind === 'country');
    expect(country?.mentions.map((m) => `${doc.text.slice(m.start, m.end)}/${m.kind}`)).toEqual(['Xlandic/demonym', 'Xcity/capital']);
  });

  it('keeps a capital after "in" a place, and says when the article has no date', () => {
    const doc = article('Talks were held in Xcity.', [['Xcity', 'LOC']]);
    const { links } = linked(doc);
    expect(links.map((l) => [l.kind, l.kbId, l.codeBasis])).toEqual([['place', 'place:xcity-xld', 'latest']]);
    expect(linkDiagnostics({ ...doc, layers: { ...doc.layers, links } }).map((d) => d.code)).toEqual(['links/no-date']);
  });

  it('makes a name the tagger typed ORG a person through "the president" and "he", and says why', () => {
    const { doc, links } = linked(
      article('Krantz spoke to reporters in Zorgo. Later, the president said he would return.', [['Krantz', 'ORG'], ['Zorgo', 'LOC']]),
    );
    expect(texts(doc, links)).toEqual(['Krantz|president|he', 'Zorgo']);
    expect(links.map((l) => l.kind)).toEqual(['person', 'place']);
    const why = links[0]?.kindEvidence;
    expect(why && [why.cue, doc.text.slice(why.start, why.end)]).toEqual(['description', 'president']);
    expect(links[1]?.kindEvidence).toBeUndefined();
  });

  it('makes a name the tagger typed LOC a person through a courtesy title or a relative "who"', () => {
    const { doc, links } = linked(
      article('Mr. Krantz met Orlov in Zorgo. Orlov, who chairs the board, said little.', [['Krantz', 'LOC'], ['Orlov', 'LOC'], ['Zorgo', 'LOC'], ['Orlov', 'LOC']]),
    );
    expect(texts(doc, links)).toEqual(['Krantz', 'Orlov|Orlov', 'Zorgo']);
    expect(links.map((l) => l.kind)).toEqual(['person', 'person', 'place']);
    expect(links.map((l) => l.kindEvidence && `${l.kindEvidence.cue}:${doc.text.slice(l.kindEvidence.start, l.kindEvidence.end)}`)).toEqual(['honorific:Mr.', 'who:who', undefined]);
  });

  it('keeps a company an organization and a place a place when no cue says person', () => {
    const { doc, links } = linked(
      article('Acme said on Monday it would cut jobs in Zorgo. The company blamed Dan Ortiz, who said he regretted it.', [
        ['Acme', 'ORG'], ['Zorgo', 'LOC'], ['Dan Ortiz', 'PER'],
      ]),
    );
    expect(texts(doc, links)).toEqual(['Acme', 'Zorgo', 'Dan Ortiz|he']);
    expect(links.map((l) => [l.kind, l.kindEvidence])).toEqual([['organization', undefined], ['place', undefined], ['person', undefined]]);
  });

  it('keeps the KB kind of a linked name whatever the cues: a capital with "who" after it stays a place', () => {
    const { links } = linked(article('Officials in Xcity, who met on Monday, agreed.', [['Xcity', 'LOC']]));
    expect(links.map((l) => [l.kind, l.kbId, l.kindEvidence])).toEqual([['place', 'place:xcity-xld', undefined]]);
  });

  it('links a name the tagger typed LOC to the one person holding a role on the article date, and only with a date', () => {
    const text = 'The plan echoed comments from Ray earlier that day.';
    const dated = linked(article(text, [['Ray', 'LOC']], '2010-03-01')).links;
    expect(dated.map((l) => [l.kind, l.kbId, l.code])).toEqual([['person', 'person:bob-ray', 'XLDGOV']]);
    const undated = linked(article(text, [['Ray', 'LOC']])).links;
    expect(undated.map((l) => [l.kind, l.kbId])).toEqual([['place', undefined]]);
  });

  it('flags a long official form swapped in after the short one', () => {
    const doc = article('Xland said talks would go on. Critics of Republic of Xland disagreed.', [['Xland', 'LOC'], ['Republic of Xland', 'LOC']], '2010-01-01');
    const { links } = linked(doc);
    const diagnostics = linkDiagnostics({ ...doc, layers: { ...doc.layers, links } });
    expect(diagnostics.map((d) => [d.code, d.span && doc.text.slice(d.span.start, d.span.end)])).toEqual([['spin/alias-swap', 'Republic of Xland']]);
  });
});
