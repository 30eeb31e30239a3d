// A JSON document as a cacheable response.
import type { Rendered } from '../public/cached-response.js';

export function jsonResponse(document: unknown): Rendered {
  return { type: 'application/json; charset=utf-8', body: JSON.stringify(document) };
}
