/** Time expressions: recognition, TIMEX3 normalisation against the publication date, and the date of a clause. */
export { findDates, dateDiagnostics, dateOfSpan } from './dates.js';
export { recognizeDates } from './recognize.js';
