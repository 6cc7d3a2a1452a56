import type { Doc, Event } from '../doc/index.js';
import { codeDoc } from './code-doc.js';
import { sharedDictionaries } from './dictionary/load.js';
import { situate } from './situate.js';

/**
 * The `events` stage: codes the article with the committed PETRARCH-2 dictionaries, actors from
 * the `links` layer, an event only with both a source and a target (PETRARCH's default), each
 * dated and placed by its sentence's time expressions and places.
 */
export function codeEvents(doc: Doc): Event[] {
  const sentences = doc.layers.sentences ?? [];
  return codeDoc(doc, sharedDictionaries(), { requireDyad: true }).map((e) => {
    const sentence = sentences[e.sentence];
    return sentence ? situate(doc, e, sentence) : e;
  });
}
