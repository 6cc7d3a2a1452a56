import type { InputError } from './types.js';

/** The stable codes an {@link InputError} can carry; clients and tests match on these. */
export type InputErrorCode =
  | 'E_NOT_FOUND'
  | 'E_UNREADABLE'
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_TOO_LARGE'
  | 'E_BAD_JSON'
  | 'E_NO_TEXT'
  | 'E_NO_ARTICLE';

/** Builds the error for one input (`origin` is a path, `path:line` or `stdin`). */
export function inputError(origin: string, code: InputErrorCode, reason: string): InputError {
  return { origin, code, reason };
}

/** True for an {@link InputError}; tells apart the two results of `decodeBytes`. */
export function isInputError(value: object): value is InputError {
  return 'code' in value && 'origin' in value && 'reason' in value;
}

/** The OS's own words for a failed file operation (`ENOENT: no such file or directory, …`). */
export function osReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
