/**
 * Why a link is a person when the tagger typed it otherwise (`Link.kindEvidence`): a JSON
 * `[start, end, cue]` ("[102, 111, \"description\"]"), null when the kind needed no evidence.
 * Read only with the article, like `mentions`.
 */
export const sql = /* sql */ `
ALTER TABLE links ADD COLUMN kind_evidence TEXT;
`;
