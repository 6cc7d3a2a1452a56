import { iob1ToBio, readConllFile } from '../eval/conll.js';
import type { SentenceInput } from '../nlp/ner/features.js';

/** Which CoNLL-2003 column a model learns: 1 POS, 2 chunk, 3 entity. */
export const COLUMNS = { pos: 1, chunk: 2, ner: 3 } as const;

/** A task a {@link LinearModel} is trained for. */
export type TaskName = keyof typeof COLUMNS;

/** One training document: its sentences and their gold tags (BIO for entities and chunks). */
export interface LabelledDocument {
  readonly sentences: readonly SentenceInput[];
  readonly tags: readonly (readonly string[])[];
}

/**
 * Reads a CoNLL-2003 file for a task. The chunker sees the gold POS column as input; at run time
 * it gets the POS tagger's output instead.
 */
export async function readLabelled(path: string, task: TaskName): Promise<LabelledDocument[]> {
  const column = COLUMNS[task];
  return (await readConllFile(path)).map((doc) => ({
    sentences: doc.sentences.map((s) => {
      const words = s.tokens.map((t) => t.form);
      return task === 'chunk' ? { words, pos: s.tokens.map((t) => t.columns[1] ?? '') } : { words };
    }),
    tags: doc.sentences.map((s) => {
      const tags = s.tokens.map((t) => t.columns[column] ?? 'O');
      return task === 'pos' ? tags : iob1ToBio(tags);
    }),
  }));
}
