export { findPlaces, placeDiagnostics, resolveSpans } from './places.js';
export { actionPlace, mainPlace, type ActionPlace } from './action-geo.js';
