/**
 * Well-known regions, continents and water bodies that news names and no installed package
 * lists, written for newsgraph: name, other names, GeoNames-style feature code, approximate
 * centre (degrees), and the adjectives that point to it ("European"). Centres are rough on purpose: a region has no point, and 161 km accuracy is
 * all a map of mentions needs. Population is left 0: resolution ranks them by class.
 */
export const REGIONS: readonly (readonly [name: string, alternates: readonly string[], featureCode: string, lat: number, lon: number, demonyms?: readonly string[]])[] = [
  ['Africa', [], 'CONT', 7.19, 21.09, ['African']],
  ['Antarctica', [], 'CONT', -82.86, 135],
  ['Asia', [], 'CONT', 29.84, 89.3, ['Asian']],
  ['Europe', [], 'CONT', 48.69, 9.14, ['European']],
  ['European Union', ['EU'], 'RGN', 48.69, 9.14],
  ['North America', [], 'CONT', 46.07, -100.55, ['North American']],
  ['South America', [], 'CONT', -14.6, -57.66, ['South American']],
  ['Oceania', ['Australasia'], 'CONT', -18.31, 138.52],
  ['Eurasia', [], 'RGN', 50, 80, ['Eurasian']],
  ['Middle East', ['Mideast', 'Near East'], 'RGN', 29, 41, ['Middle Eastern']],
  ['Latin America', [], 'RGN', -8, -70, ['Latin American']],
  ['Central America', [], 'RGN', 13.5, -86, ['Central American']],
  ['Caribbean', ['the Caribbean'], 'RGN', 18, -72],
  ['Balkans', ['the Balkans', 'Western Balkans'], 'RGN', 43, 21],
  ['Caucasus', ['the Caucasus', 'North Caucasus', 'South Caucasus'], 'RGN', 42.5, 44.5],
  ['Scandinavia', [], 'RGN', 62, 15],
  ['Central Asia', [], 'RGN', 45, 65],
  ['Southeast Asia', ['South-East Asia', 'South East Asia'], 'RGN', 10, 110],
  ['East Asia', [], 'RGN', 35, 120],
  ['South Asia', [], 'RGN', 22, 78],
  ['Sahel', ['the Sahel'], 'RGN', 15, 5],
  ['Horn of Africa', [], 'RGN', 8, 46],
  ['North Africa', [], 'RGN', 28, 10],
  ['West Africa', [], 'RGN', 12, -3],
  ['East Africa', [], 'RGN', 0, 36],
  ['Sub-Saharan Africa', [], 'RGN', 0, 20],
  ['Gaza Strip', ['Gaza'], 'RGN', 31.42, 34.36],
  ['West Bank', [], 'RGN', 31.95, 35.25],
  ['Golan Heights', ['Golan'], 'RGN', 33, 35.75],
  ['Sinai', ['Sinai Peninsula'], 'RGN', 29.5, 33.8],
  ['Crimea', ['Crimean Peninsula'], 'RGN', 45.3, 34.4],
  ['Donbas', ['Donbass'], 'RGN', 48, 38],
  ['Kashmir', [], 'RGN', 34.5, 76],
  ['Kurdistan', [], 'RGN', 36.5, 44],
  ['Siberia', [], 'RGN', 60, 100],
  ['Patagonia', [], 'RGN', -45, -69],
  ['Arctic', ['the Arctic'], 'RGN', 80, 0],
  ['Black Sea', [], 'SEA', 43.4, 34.3],
  ['Mediterranean Sea', ['Mediterranean', 'the Mediterranean'], 'SEA', 35, 18],
  ['Red Sea', [], 'SEA', 20, 38.5],
  ['Caspian Sea', [], 'SEA', 41.7, 50.6],
  ['Baltic Sea', ['Baltic'], 'SEA', 58.5, 20],
  ['North Sea', [], 'SEA', 56, 3],
  ['South China Sea', [], 'SEA', 12, 113],
  ['East China Sea', [], 'SEA', 29, 125],
  ['Sea of Japan', ['East Sea'], 'SEA', 40, 135],
  ['Yellow Sea', [], 'SEA', 35, 123],
  ['Arabian Sea', [], 'SEA', 15, 65],
  ['Aegean Sea', ['Aegean'], 'SEA', 39, 25],
  ['Adriatic Sea', ['Adriatic'], 'SEA', 43, 15],
  ['Sea of Azov', [], 'SEA', 46, 36.5],
  ['Caribbean Sea', [], 'SEA', 15, -75],
  // News writes "the Gulf" for the Persian Gulf; the others are named in full ("Gulf of Mexico").
  ['Persian Gulf', ['Arabian Gulf', 'Gulf', 'The Gulf'], 'GULF', 26.5, 52],
  ['Gulf of Mexico', [], 'GULF', 25, -90],
  ['Gulf of Aden', [], 'GULF', 12.5, 48],
  ['Gulf of Oman', [], 'GULF', 24.5, 58.5],
  ['Strait of Hormuz', [], 'STRT', 26.6, 56.5],
  ['Bosporus', ['Bosphorus'], 'STRT', 41.12, 29.07],
  ['English Channel', [], 'CHN', 50.2, -1],
  ['Suez Canal', [], 'CNL', 30.5, 32.35],
  ['Atlantic Ocean', ['Atlantic', 'North Atlantic', 'South Atlantic'], 'OCN', 0, -30],
  ['Pacific Ocean', ['Pacific', 'South Pacific', 'North Pacific'], 'OCN', 0, -160],
  ['Indian Ocean', [], 'OCN', -20, 80],
  ['Arctic Ocean', [], 'OCN', 85, 0],
  ['Southern Ocean', [], 'OCN', -65, 0],
];

/**
 * English names news uses for cities whose GeoNames record (and `country-state-city`) carries
 * another: exonym, ISO alpha-3 country, the name in the data. A name the data lacks is reported
 * by the compiler, not silently dropped.
 */
export const EXONYMS: readonly (readonly [exonym: string, country: string, name: string])[] = [
  ['Astana', 'KAZ', 'Nur-Sultan'],
  ['Geneva', 'CHE', 'Genève'],
  ['Kiev', 'UKR', 'Kyiv'],
  ['Nuremberg', 'DEU', 'Nürnberg'],
  ['Cologne', 'DEU', 'Köln'],
  ['Raqqa', 'SYR', 'Ar Raqqah'],
  ['Hama', 'SYR', 'Ḩamāh'],
  ['Daraa', 'SYR', 'Dar‘ā'],
  ['Palmyra', 'SYR', 'Tadmur'],
  ['Hodeidah', 'YEM', 'Al Ḩudaydah'],
  ['New York', 'USA', 'New York City'],
  ['Calcutta', 'IND', 'Kolkata'],
  ['Madras', 'IND', 'Chennai'],
  ['Rangoon', 'MMR', 'Yangon'],
  ['Saigon', 'VNM', 'Ho Chi Minh City'],
];

/**
 * Country names news uses that `world-countries` does not list, or lists only among its
 * two-letter codes, which the compiler leaves out ("GA" is Gabon, "S.C." South Carolina): name,
 * ISO alpha-3.
 */
export const COUNTRY_ALIASES: readonly (readonly [name: string, country: string])[] = [
  ['America', 'USA'],
  ['US', 'USA'],
  ['USA', 'USA'],
  ['UK', 'GBR'],
  ['UAE', 'ARE'],
  ['DRC', 'COD'],
  ['Britain', 'GBR'],
  ['Holland', 'NLD'],
  ['Burma', 'MMR'],
  ['Ivory Coast', 'CIV'],
  ['Czech Republic', 'CZE'],
  ['Swaziland', 'SWZ'],
  ['Macedonia', 'MKD'],
  ['Turkey', 'TUR'],
];

/**
 * The abbreviations of US states and Canadian provinces that news writes after a town
 * ("Charleston, W.Va.", "London, Ont.") or alone (AP style, and the Canadian Press's): abbreviation,
 * ISO alpha-2 country, division code of the data (postal code). Each is indexed with its period
 * (see `createGazetteer`); without it only initials ("NJ") and names no other place has: "Ala"
 * is a town in Italy, "Man" one in Côte d'Ivoire.
 */
export const DIVISION_ABBREVIATIONS: readonly (readonly [abbreviation: string, country: string, code: string])[] = [
  ...([
    ['Ala.', 'AL'], ['Ariz.', 'AZ'], ['Ark.', 'AR'], ['Calif.', 'CA'], ['Colo.', 'CO'], ['Conn.', 'CT'], ['Del.', 'DE'],
    ['Fla.', 'FL'], ['Ga.', 'GA'], ['Ill.', 'IL'], ['Ind.', 'IN'], ['Kan.', 'KS'], ['Kans.', 'KS'], ['Ky.', 'KY'], ['La.', 'LA'],
    ['Md.', 'MD'], ['Mass.', 'MA'], ['Mich.', 'MI'], ['Minn.', 'MN'], ['Miss.', 'MS'], ['Mo.', 'MO'], ['Mont.', 'MT'],
    ['Neb.', 'NE'], ['Nebr.', 'NE'], ['Nev.', 'NV'], ['N.H.', 'NH'], ['N.J.', 'NJ'], ['N.M.', 'NM'], ['N.Y.', 'NY'],
    ['N.C.', 'NC'], ['N.D.', 'ND'], ['Okla.', 'OK'], ['Ore.', 'OR'], ['Pa.', 'PA'], ['R.I.', 'RI'], ['S.C.', 'SC'],
    ['S.D.', 'SD'], ['Tenn.', 'TN'], ['Vt.', 'VT'], ['Va.', 'VA'], ['Wash.', 'WA'], ['W.Va.', 'WV'], ['W. Va.', 'WV'], ['Wis.', 'WI'],
    ['Wyo.', 'WY'], ['D.C.', 'DC'],
  ] as const).map(([a, code]) => [a, 'US', code] as const),
  ...([
    ['Ont.', 'ON'], ['Que.', 'QC'], ['B.C.', 'BC'], ['Alta.', 'AB'], ['Man.', 'MB'], ['Sask.', 'SK'], ['N.S.', 'NS'],
    ['N.B.', 'NB'], ['Nfld.', 'NL'], ['P.E.I.', 'PE'],
  ] as const).map(([a, code]) => [a, 'CA', code] as const),
];
