import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBratEvents, parseBratSpans, type BratEvent, type BratSpan } from './brat.js';

/** One PolNeAR article: its raw text and the spans of one annotator. */
export interface PolnearArticle {
  /** The file name without `.txt`, e.g. `breitbart_2015-11-11_the-ninth-circle-the-hellish-vie`. */
  readonly name: string;
  readonly text: string;
  readonly spans: readonly BratSpan[];
  /** The annotator's relations (`Attribution` events linking Source, Cue and Content spans). */
  readonly events: readonly BratEvent[];
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** The split folders under `folder` (itself when it holds `text/`), e.g. `train`, `dev`. */
async function splitFolders(folder: string): Promise<string[]> {
  if (await isDirectory(join(folder, 'text'))) return [folder];
  const names = (await readdir(folder)).sort();
  const found: string[] = [];
  for (const name of names) if (await isDirectory(join(folder, name, 'text'))) found.push(join(folder, name));
  return found;
}

/**
 * Reads PolNeAR articles (`text/NAME.txt` with `attributions/NAME_ANNOTATOR.ann`) from a split
 * folder such as `polnear/dev`, or from every split under the corpus root. Where several annotators
 * worked on an article, the first annotation file in sort order is used. `limit` caps the count.
 *
 * @example
 * (await readPolnear('../shared/data/polnear/dev', 5)).length // 5
 */
export async function readPolnear(folder: string, limit = Infinity): Promise<PolnearArticle[]> {
  const articles: PolnearArticle[] = [];
  for (const split of await splitFolders(folder)) {
    const annotations = (await readdir(join(split, 'attributions'))).filter((f) => f.endsWith('.ann')).sort();
    for (const file of (await readdir(join(split, 'text'))).filter((f) => f.endsWith('.txt')).sort()) {
      if (articles.length >= limit) return articles;
      const name = file.slice(0, -4);
      const ann = annotations.find((a) => a.startsWith(`${name}_`));
      const text = await readFile(join(split, 'text', file), 'utf8');
      const annText = ann ? await readFile(join(split, 'attributions', ann), 'utf8') : '';
      articles.push({ name, text, spans: parseBratSpans(annText), events: parseBratEvents(annText) });
    }
  }
  return articles;
}
