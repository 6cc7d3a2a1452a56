import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The one error an API handler throws. `code` is stable (`E_BAD_PARAM`, `E_NOT_FOUND`…) so
 * clients and tests match on it, not on the wording; `message` tells a person what to change.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** The body for an error code and message. */
export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}
