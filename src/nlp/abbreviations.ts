/**
 * The abbreviation lists the tokenizer and the sentence splitter share.
 *
 * Entries are written without their final period and matched case-sensitively, because case
 * carries the meaning in news text: "No. 1" is an abbreviation, "said no." is a sentence end.
 */

/**
 * Looks a word up in an abbreviation set, also in title case when it is written in capitals, as in
 * headlines: "ST. LOUIS", "GEN. LEBED".
 */
export function hasAbbreviation(set: ReadonlySet<string>, word: string): boolean {
  if (set.has(word)) return true;
  if (word.length < 2 || word !== word.toUpperCase()) return false;
  return set.has(word[0] + word.slice(1).toLowerCase());
}

/**
 * Abbreviations that stand before a name or a number and so almost never end a sentence:
 * "Gen. Lebed", "Sens. Tester and Vitter", "Del. Plaskett", "No. 3", "Jan. 5", "Roe v. Wade".
 * After one of these the splitter never breaks, even when the next word is capitalised.
 */
export const PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Rev', 'Fr', 'Hon', 'Sen',
  'Sens', 'Rep', 'Reps', 'Del', 'Gov', 'Govs', 'Pres', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt',
  'Cmdr', 'Cdr', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Brig', 'Supt', 'Insp', 'Det', 'Amb', 'Atty', 'St',
  'Ste', 'Mt', 'Ft', 'No', 'Nos', 'Nr', 'Vol', 'Fig', 'vs', 'v', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'approx', 'ca', 'cf', 'Ave', 'Blvd', 'Rd',
]);

/**
 * Abbreviations that often end a sentence as well as sit inside one: "shares of Acme Inc. The
 * company…" vs "Acme Inc. shares". The splitter breaks after these only before a typical sentence
 * opener (see {@link SENTENCE_OPENERS}). Abbreviations that are also words are left out ("Sun.",
 * "Mass.", "Ore.", "Wash."): "Tears of the Sun." must end in a separate period.
 */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Inc', 'Corp', 'Co', 'Ltd', 'Plc', 'Bros', 'Cos', 'Jr', 'Sr', 'Esq', 'etc', 'al', 'Dept', 'Univ', 'Assn',
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Fla', 'Kan', 'Ky', 'Md', 'Mich', 'Minn', 'Neb',
  'Nev', 'Okla', 'Tenn', 'Tex', 'Vt', 'Wis', 'Wyo',
]);

/**
 * Capitalised words that typically open a sentence. After an abbreviation that can end a sentence
 * ("U.S.", "Inc.", "a.m.", an initial) the splitter breaks only before one of these: "in the U.S.
 * The next day" splits, "the U.S. Treasury" and "George W. Bush" do not.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'Or', 'So', 'Yet',
  'In', 'On', 'At', 'To', 'For', 'From', 'With', 'After', 'Before', 'When', 'While', 'If', 'As', 'This',
  'That', 'These', 'Those', 'There', 'Then', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your',
  'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Not', 'Last', 'Next', 'Earlier', 'Later',
  'Meanwhile', 'However', 'Still', 'Also', 'Since', 'Although', 'Though', 'What', 'Who', 'Why',
  'How', 'Where', 'According', 'Under', 'Despite', 'During', 'Asked', 'Mr', 'Mrs', 'Ms', 'Dr',
  'Officials', 'Analysts', 'Police', 'Yesterday', 'Today', 'Tomorrow', 'Now', 'Other',
  'Thus', 'Instead', 'Already', 'Even', 'Only', 'Among', 'About', 'More', 'No', 'None',
]);
