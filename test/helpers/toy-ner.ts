import type { FeatureConfig } from '../../src/nlp/ner/features.js';

/** A toy entity task for training-rule tests: "of Rome" is part of an ORG after "Bank", not after a name. */
export const TOY_TAGS = ['O', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER'];
export const TOY_CONFIG: FeatureConfig = { bits: 14, groups: ['window', 'affix'] };
export const TOY_DATA: [string[], string[]][] = [
  [['Bank', 'of', 'Rome', 'said'], ['B-ORG', 'I-ORG', 'I-ORG', 'O']],
  [['Anna', 'of', 'Rome', 'said'], ['B-PER', 'O', 'O', 'O']],
  [['Bank', 'of', 'Oslo', 'fell'], ['B-ORG', 'I-ORG', 'I-ORG', 'O']],
  [['Boris', 'of', 'Oslo', 'left'], ['B-PER', 'O', 'O', 'O']],
];

/** Tag names as indexes into {@link TOY_TAGS}. */
export const toyIndex = (tags: readonly string[]): Int32Array => Int32Array.from(tags, (t) => TOY_TAGS.indexOf(t));
