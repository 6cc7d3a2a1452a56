import { ApiError } from './errors.js';

/** One query or path parameter of a route: how it is validated at the edge and documented. */
export type ParamSpec = {
  readonly name: string;
  readonly in: 'query' | 'path';
  readonly description: string;
  readonly required?: boolean;
} & (
  | { readonly type: 'string'; readonly maxLength?: number }
  | { readonly type: 'integer'; readonly min: number; readonly max: number; readonly default?: number }
  | { readonly type: 'date' }
  | { readonly type: 'enum'; readonly values: readonly string[]; readonly default?: string }
);

/** Validated parameters: only names the route declares, each already checked against its spec. */
export interface Args {
  text(name: string): string | undefined;
  int(name: string): number | undefined;
}

/** Longest string parameter accepted unless the spec says otherwise. */
const MAX_STRING = 500;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function bad(spec: ParamSpec, got: string, expected: string): ApiError {
  const shown = got.length > 40 ? `${got.slice(0, 40)}…` : got;
  return new ApiError(400, 'E_BAD_PARAM', `parameter '${spec.name}' expects ${expected}, got '${shown}'`);
}

function check(spec: ParamSpec, raw: string): string | number {
  switch (spec.type) {
    case 'string': {
      const max = spec.maxLength ?? MAX_STRING;
      if (raw.length > max) throw bad(spec, raw, `at most ${max} characters`);
      return raw;
    }
    case 'integer': {
      const n = Number(raw);
      if (!/^-?\d+$/.test(raw) || n < spec.min || n > spec.max) throw bad(spec, raw, `a whole number from ${spec.min} to ${spec.max}`);
      return n;
    }
    case 'date': {
      const d = new Date(`${raw}T00:00:00Z`);
      if (!ISO_DAY.test(raw) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== raw) throw bad(spec, raw, 'a date YYYY-MM-DD');
      return raw;
    }
    case 'enum':
      if (!spec.values.includes(raw)) throw bad(spec, raw, `one of ${spec.values.join(', ')}`);
      return raw;
  }
}

/**
 * Checks the request's query and path values against the route's specs: an unknown query
 * parameter, a missing required one or a malformed value is a 400 with a stable code. Empty query
 * values count as absent, so a search form may send `source=`.
 */
export function readArgs(specs: readonly ParamSpec[], query: Readonly<Record<string, string>>, path: Readonly<Record<string, string>>): Args {
  const known = new Set(specs.filter((s) => s.in === 'query').map((s) => s.name));
  for (const name of Object.keys(query)) {
    if (!known.has(name)) {
      throw new ApiError(400, 'E_UNKNOWN_PARAM', `unknown parameter '${name}'; this route takes ${[...known].join(', ') || 'none'}`);
    }
  }
  const values = new Map<string, string | number>();
  for (const spec of specs) {
    const raw = spec.in === 'path' ? path[spec.name] : query[spec.name];
    if (raw === undefined || raw === '') {
      if (spec.required) throw new ApiError(400, 'E_MISSING_PARAM', `parameter '${spec.name}' is required: ${spec.description}`);
      if ((spec.type === 'integer' || spec.type === 'enum') && spec.default !== undefined) values.set(spec.name, spec.default);
      continue;
    }
    values.set(spec.name, check(spec, raw));
  }
  return {
    text: (name) => {
      const v = values.get(name);
      return typeof v === 'string' ? v : undefined;
    },
    int: (name) => {
      const v = values.get(name);
      return typeof v === 'number' ? v : undefined;
    },
  };
}
