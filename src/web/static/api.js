/** The error an API call answered with, carrying its stable code. */
export class ApiFailure extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** GETs `/api/…` with query parameters (empty ones left out) and returns the JSON. */
export async function get(path, params = {}) {
  const res = await fetch(apiUrl(path, params), { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiFailure(res.status, body.error?.code ?? 'E_HTTP', body.error?.message ?? `HTTP ${res.status}`);
  return body;
}

/** The URL of an API path with query parameters; empty and undefined values are left out. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}
