// Renders a page component to a complete HTML document. Preact escapes every
// text and attribute value, so titles written by users are always text.
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
