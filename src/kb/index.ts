export type { ActorCode, KbEntry, KbKind, KbData } from './types.js';
export { normalizeName } from './normalize.js';
export { codeAt } from './codes.js';
export type { CodeBasis, CodeChoice } from './codes.js';
export { createKb, loadKb, sharedKb, KB_PATH } from './load.js';
export type { Kb } from './load.js';
export { isoDate } from './dates.js';
