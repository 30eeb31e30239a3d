// The open-data API's addresses, under /api/v1/ in one language-neutral
// tree. `apiPath` builds links (codes encoded); `apiRoute` the same shapes
// as route patterns, so links and routes cannot drift apart.
export const API_ROOT = '/api/v1/';

function apiAddresses(encode: (part: string) => string) {
  const policy = (p: string) => `${API_ROOT}policies/${encode(p)}`;
  const indicator = (p: string, i: string) => `${policy(p)}/indicators/${encode(i)}`;
  return {
    root: () => API_ROOT,
    openapi: () => `${API_ROOT}openapi.json`,
    policies: () => `${API_ROOT}policies`,
    policy,
    goals: (p: string) => `${policy(p)}/goals`,
    indicators: (p: string) => `${policy(p)}/indicators`,
    indicator,
    series: (p: string, i: string) => `${indicator(p, i)}/series`,
    statuses: (p: string) => `${policy(p)}/statuses`,
    releases: (p: string) => `${policy(p)}/releases`,
    release: (p: string, id: number | string) => `${policy(p)}/releases/${encode(String(id))}`,
  };
}

export const apiPath = apiAddresses(encodeURIComponent);
export const apiRoute = apiAddresses((part) => part);
