/**
 * A store that cannot do what was asked. `code` is stable, so callers and tests match on it:
 * - `E_STORE_TOO_NEW`: the database was written by a newer newsgraph than this one;
 * - `E_STORE_OUTDATED`: the database needs migrating, but it was opened read-only;
 * - `E_STORE_READONLY`: a write on a store opened with `readonly: true`;
 * - `E_STORE_CORRUPT`: a stored value cannot be decoded (a token blob of the wrong size, say);
 * - `E_STORE_LAYER`: a layer this version has no table for (written by newer code).
 */
export class StoreError extends Error {
  constructor(
    readonly code: 'E_STORE_TOO_NEW' | 'E_STORE_OUTDATED' | 'E_STORE_READONLY' | 'E_STORE_CORRUPT' | 'E_STORE_LAYER',
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'StoreError';
  }
}
