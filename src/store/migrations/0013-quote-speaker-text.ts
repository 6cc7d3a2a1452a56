/**
 * The speaker's own words ("he", "the Kremlin") stored with each quote, filled here from the
 * article texts. Filtering quotes by speaker read them back out of each article's text, a full
 * article read per quote of the corpus; a column reads nothing else.
 */
export const sql = /* sql */ `
ALTER TABLE quotes ADD COLUMN speaker_text TEXT;
UPDATE quotes SET speaker_text = (
  SELECT substr(a.text, quotes.speaker_start + 1, quotes.speaker_end - quotes.speaker_start) FROM articles a WHERE a.seq = quotes.article_seq)
WHERE speaker_start IS NOT NULL;
`;
