export { findPlaces, placeDiagnostics } from './places.js';
export { actionPlace, mainPlace, type ActionPlace } from './action-geo.js';
