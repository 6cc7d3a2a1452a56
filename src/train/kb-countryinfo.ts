/** What CountryInfo.txt says about one country, phrases raw as in the file (`RUSSIAN_FEDERATION`). */
export interface CountryInfo {
  readonly iso3: string;
  readonly name: string;
  readonly nationality: string[];
  readonly capitals: string[];
  /** Major cities, regions and geographic features: places in the country. */
  readonly places: string[];
}

const LISTS = ['Nationality', 'Capital', 'MajorCities', 'Regions', 'GeogFeatures'] as const;

/**
 * Reads the `<Country>` blocks of CountryInfo.txt: code, name, nationality forms, capitals,
 * cities, regions and features. Leaders are not read here: the Phoenix country dictionary already
 * carries them with their dated codes. Sub-units with six-letter codes (`USAASM`, `BIHBHF`) are
 * skipped: their first three letters are the parent's code and would overwrite it.
 */
export function readCountryInfo(text: string): CountryInfo[] {
  const out: CountryInfo[] = [];
  let current: CountryInfo | undefined;
  let section: (typeof LISTS)[number] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.split('#')[0]?.trim() ?? '';
    const code = /^<CountryCode>(\w+)<\/CountryCode>/.exec(line);
    if (code) {
      current = { iso3: code[1] ?? '', name: '', nationality: [], capitals: [], places: [] };
      out.push(current);
      continue;
    }
    const name = /^<CountryName>([^<]+)<\/CountryName>/.exec(line);
    if (name && current) {
      out[out.length - 1] = current = { ...current, name: name[1] ?? '' };
      continue;
    }
    const open = /^<(\w+)>$/.exec(line);
    if (open) {
      section = LISTS.find((l) => l === open[1]);
      continue;
    }
    if (/^<\//.test(line)) {
      section = undefined;
      continue;
    }
    if (!current || !section || line.length === 0 || line.startsWith('<')) continue;
    const word = line.split(/\s/)[0] ?? '';
    if (!/^[A-Z][A-Z0-9_.,'()-]+$/.test(word)) continue;
    if (section === 'Nationality') current.nationality.push(word);
    else if (section === 'Capital') current.capitals.push(word);
    else current.places.push(word);
  }
  return out.filter((c) => c.name.length > 0 && /^[A-Z]{3}$/.test(c.iso3));
}
