import { describe, expect, it } from 'vitest';
import * as newsgraph from '../src/index.js';

describe('the public API', () => {
  it('exports exactly these values (a change here is a change to the API)', () => {
    expect(Object.keys(newsgraph).sort()).toEqual(
      [
        'DEFAULT_OPTIONS',
        'DEFAULT_STAGES',
        'LAYER_NAMES',
        'PipelineError',
        'STAGES',
        'analyzeInputs',
        'assertValidDoc',
        'buildPipeline',
        'compareSpans',
        'contentId',
        'createAnalyzer',
        'createDoc',
        'decodeBytes',
        'diagnostic',
        'docFromArticle',
        'entityByName',
        'findArticle',
        'ingest',
        'listInputs',
        'openSqliteStore',
        'readHtmlArticle',
        'readInputs',
        'readJsonlLine',
        'readSource',
        'readTextArticle',
        'runPipeline',
        'spanContains',
        'spanLength',
        'spanText',
        'spansOverlap',
        'splitParagraphs',
        'splitSentences',
        'tokenize',
        'validateDoc',
      ].sort(),
    );
  });
});
