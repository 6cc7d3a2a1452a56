import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Site chrome a real news page carries around its article: navigation, scripts, asides, footer. */
function chrome(kind: string, n: number): string {
  const links = Array.from({ length: n }, (_, i) => `<li><a href="/${kind}/${i}" class="nav-link">${kind} section ${i}</a></li>`).join('\n');
  return `<ul class="${kind}">\n${links}\n</ul>`;
}

/**
 * Wraps an article's text in the markup of a typical ~50 KB news page (head metadata, navigation,
 * inline scripts and styles, related links, footer) so the HTML path is measured on realistic
 * input. Pages are written to `dir` and never committed: their text comes from the bench input.
 */
export function writeNewsPages(texts: readonly string[], dir: string, targetBytes = 50_000): string[] {
  mkdirSync(dir, { recursive: true });
  return texts.map((text, i) => {
    const [title = 'Untitled', ...paragraphs] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
    const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Example News</title>
<meta property="og:title" content="${escapeHtml(title)}"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2005-03-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z">
<meta name="author" content="Staff reporter"><link rel="canonical" href="https://news.example.com/a/${i}">
<style>${'.c{margin:0;padding:0}'.repeat(60)}</style><script>${'window.dataLayer=window.dataLayer||[];'.repeat(40)}</script></head>`;
    const article = `<article><h1>${escapeHtml(title)}</h1><p class="byline">By Staff reporter</p>\n${body}</article>`;
    let page = `${head}<body><header>${chrome('nav', 40)}</header><main>${article}<aside>${chrome('related', 30)}</aside></main>`;
    let k = 0;
    while (page.length < targetBytes - 200) page += `<footer>${chrome(`footer${k++}`, 20)}</footer>`;
    page += '</body></html>';
    const path = join(dir, `page-${String(i).padStart(5, '0')}.html`);
    writeFileSync(path, page);
    return path;
  });
}
