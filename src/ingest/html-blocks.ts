import type { SourceSegment } from '../doc/index.js';
import { ELEMENT_NODE, TEXT_NODE } from './html-dom.js';
import type { DomNode } from './html-dom.js';
import { locateRun } from './html-locate.js';

/** Elements that start and end a paragraph. A `div` counts: CMSs wrap paragraphs in bare divs. */
const BLOCKS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE',
  'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'FIGURE',
  'FIGCAPTION', 'ADDRESS', 'HR', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'CAPTION',
]);
/** Elements whose text is never article text (Readability drops most; these never leak anyway). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'HEAD', 'BUTTON', 'SELECT', 'TEXTAREA']);
/** Table cells stay on their row's line, separated by a space. */
const CELLS = new Set(['TD', 'TH']);

/** Plain text of an element tree with its map back to the HTML source. */
export interface BlockText {
  readonly text: string;
  readonly map: readonly SourceSegment[];
}

/**
 * Turns an article's element tree into paragraphs joined by "\n\n": each block element is a
 * paragraph, `<br>` is a line break inside one (two in a row end it), whitespace inside a paragraph
 * collapses to one space. Text runs are mapped back to `html` where they occur verbatim (see
 * {@link locateRun}); runs changed by entity decoding or whitespace collapsing stay unmapped.
 */
export function blockText(root: DomNode, html: string): BlockText {
  const paragraphs: string[] = [];
  const map: SourceSegment[] = [];
  let length = 0;
  let line = '';
  let pending: SourceSegment[] = [];
  const cursor = { at: 0 };

  const flush = (): void => {
    const text = line.trimEnd();
    if (text !== '') {
      const offset = length === 0 ? 0 : length + 2;
      for (const s of pending) {
        const end = Math.min(s.end, text.length);
        if (s.start < end) map.push({ start: s.start + offset, end: end + offset, sourceStart: s.sourceStart });
      }
      paragraphs.push(text);
      length = offset + text.length;
    }
    line = '';
    pending = [];
  };
  const append = (raw: string): void => {
    let piece = raw.replace(/\s+/g, ' ');
    if (line === '' || line.endsWith(' ') || line.endsWith('\n')) piece = piece.trimStart();
    if (piece === '') return;
    for (const s of locateRun(piece, html, cursor)) pending.push({ start: s.start + line.length, end: s.end + line.length, sourceStart: s.sourceStart });
    line += piece;
  };
  const lineBreak = (): void => {
    if (line.endsWith('\n')) flush();
    else if (line.trim() !== '') line = `${line.trimEnd()}\n`;
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      append(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || SKIP.has(node.nodeName)) return;
    if (node.nodeName === 'BR') return lineBreak();
    const block = BLOCKS.has(node.nodeName);
    if (block) flush();
    if (CELLS.has(node.nodeName)) append(' ');
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) walk(child);
    }
    if (block) flush();
  };
  walk(root);
  flush();
  return { text: paragraphs.join('\n\n'), map };
}
