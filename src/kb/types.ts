/** What a knowledge-base entry names. */
export type KbKind = 'person' | 'organization' | 'country' | 'place' | 'group';

/**
 * A CAMEO actor code ("RUSGOV", "IGOUNO", "USA") and the dates it holds, both inclusive, as ISO
 * dates (`YYYY-MM-DD`). No `from` means since always, no `to` means still; neither means it is the
 * entry's default code, used when no dated code covers the article's date.
 */
export interface ActorCode {
  readonly code: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * One canonical identity. `aliases` are normalized names ({@link normalizeName}); `demonyms` (a
 * country's adjectives, "russian") are kept apart because "Russian military personnel" is not the
 * country itself. `capitalOf` marks a capital city, which news uses for its government
 * ("Moscow must keep talking").
 */
export interface KbEntry {
  /** Stable across rebuilds from the same dictionaries: `country:RUS`, `person:vladimir-putin`. */
  readonly id: string;
  readonly name: string;
  readonly kind: KbKind;
  readonly aliases: readonly string[];
  /** ISO 3166 alpha-3 country the entry belongs to, when the sources say. */
  readonly country?: string;
  readonly codes: readonly ActorCode[];
  readonly demonyms?: readonly string[];
  readonly capitalOf?: string;
}

/**
 * The compiled knowledge base: entries, and the role nouns of PETRARCH's agents dictionary
 * ("president" → "GOV", "military personnel" → "MIL") as normalized phrase → agent code.
 */
export interface KbData {
  readonly entries: readonly KbEntry[];
  readonly agents: Readonly<Record<string, string>>;
}
