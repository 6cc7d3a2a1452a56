const RECORD = /<REUTERS[^>]*>([\s\S]*?)<\/REUTERS>/g;
const FIELD = /<(TITLE|DATELINE|BODY)>([\s\S]*?)<\/\1>/g;
const ENTITY = /&(#\d+|lt|gt|amp|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The news text of a Reuters-21578 SGML file: each record's title, dateline and body, one string
 * each, SGML entities decoded. Numeric entities are the wire's control codes (`&#3;` ends every
 * body, `&#2;` opens the text), so they become spaces. The files are not well-formed XML, hence
 * regular expressions over `<REUTERS>…</REUTERS>` records rather than a parser.
 * The body's closing "Reuter" signature is removed: it ends 19,000 bodies and would otherwise be the
 * commonest right-hand context of ".".
 *
 * @example
 * reutersTexts('<REUTERS><TEXT><TITLE>A &amp; B</TITLE><BODY>Up.\n Reuter\n&#3;</BODY></TEXT></REUTERS>')
 * // ["A & B", "Up."]
 */
export function reutersTexts(sgml: string): string[] {
  const texts: string[] = [];
  for (const record of sgml.matchAll(RECORD)) {
    for (const field of (record[1] ?? '').matchAll(FIELD)) {
      let text = (field[2] ?? '').replace(ENTITY, (_, name: string) => (name.startsWith('#') ? ' ' : (NAMED[name] ?? ' ')));
      if (field[1] === 'BODY') text = text.replace(/\s*\bREUTER\s*$/i, '');
      texts.push(text);
    }
  }
  return texts;
}
