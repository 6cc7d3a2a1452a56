import type { Doc, Event } from '../doc/index.js';
import { codeDoc } from './code-doc.js';
import { sharedDictionaries } from './dictionary/load.js';

/**
 * The `events` stage: codes the article with the committed PETRARCH-2 dictionaries, actors from
 * the `links` layer, an event only with both a source and a target (PETRARCH's default).
 */
export function codeEvents(doc: Doc): Event[] {
  return codeDoc(doc, sharedDictionaries(), { requireDyad: true });
}
