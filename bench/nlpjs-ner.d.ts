/**
 * The part of `@nlpjs/ner` (which ships no types) that the comparison benchmark calls.
 * `end` in a result is inclusive: the index of the entity's last character.
 */
declare module '@nlpjs/ner' {
  /** One match of an enum rule in the input text. */
  export interface NerEntity {
    readonly start: number;
    readonly end: number;
    readonly entity: string;
  }

  /** Rule-based entity extraction; `threshold: 1` makes enum rules exact dictionary look-ups. */
  export class Ner {
    constructor(settings?: { readonly threshold?: number });
    addRuleOptionTexts(locale: string, name: string, option: string, texts: readonly string[]): void;
    process(input: { readonly locale: string; readonly text: string }): Promise<{ readonly entities: readonly NerEntity[] }>;
  }
}
