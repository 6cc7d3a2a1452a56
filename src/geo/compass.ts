/**
 * Compass words as news writes them before a place ("East Texas", "northern Syria",
 * "Southwestern Region"), lower-cased: one list for the resolver, which reads such a name as a
 * part of its place, and the gazetteer build, which keeps them from being a division's name.
 */
export const COMPASS_WORDS: readonly string[] = [
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
];
