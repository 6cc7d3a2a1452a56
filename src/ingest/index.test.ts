import { describe, expect, it } from 'vitest';
import * as ingest from './index.js';

describe('src/ingest public exports', () => {
  it('are exactly these', () => {
    expect(Object.keys(ingest).sort()).toEqual([
      'DEFAULT_MAX_ARTICLE_BYTES', 'decodeBytes', 'isInputError', 'listInputs', 'normalizeDate',
      'readHtmlArticle', 'readJsonlLine', 'readSource', 'readTextArticle',
    ]);
  });
});
