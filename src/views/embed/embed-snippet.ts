// The code a web editor copies to show an indicator's card on another site:
// an iframe with the card's full address (SITE_URL, since the code runs on
// someone else's domain) and a size the whole card fits in, link and demo
// notice included. The size was measured in Chromium for every card of the
// demo data at the suggested width (test/e2e/public-embed.e2e.test.ts holds
// it to that), with room for a title a line longer.
import type { SiteContext } from '../site-context.js';

const EMBED_SIZE = { width: 400, height: 560 } as const;

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function embedSnippet(ctx: SiteContext, policyCode: string, indicatorCode: string, title: string): string {
  const src = `${ctx.siteUrl}${ctx.paths.embed(policyCode, indicatorCode)}`;
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border:0;max-width:100%"></iframe>`;
}
