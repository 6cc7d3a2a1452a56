export type { CameoData, CameoEntry, GoldsteinFrom, PloverMapping, QuadClass } from './types.js';
export { quadClassOfRoot } from './quad.js';
export { CAMEO_PATH, cameoCode, createCodebook, goldstein, loadCodebook, plover, quadClass, sharedCodebook } from './codebook.js';
export type { Codebook } from './codebook.js';
