/**
 * A PETRARCH/CAMEO date as ISO (`YYYY-MM-DD`): `YYYYMMDD`, or `YYMMDD` with years below 30 in
 * this century, as the Phoenix files and validation records mix them (`[RUSGOV >080508]` is
 * 2008, `[RUSELI 700101-990809]` 1970–1999). Undefined for anything else (one dictionary entry
 * has the seven-digit `2004017`).
 *
 * @example
 * isoDate('080508') // '2008-05-08'
 */
export function isoDate(raw: string): string | undefined {
  let digits = raw;
  if (/^\d{6}$/.test(raw)) digits = `${Number(raw.slice(0, 2)) < 30 ? '20' : '19'}${raw}`;
  if (!/^\d{8}$/.test(digits)) return undefined;
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}
