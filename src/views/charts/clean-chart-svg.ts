// Turns ECharts' SSR output into a static picture for a page: drops the
// hover styles and the metadata ECharts keeps for client-side hydration,
// renames its internal ids (which count up across the whole process) to ones
// fixed by the page, and lets the picture scale with its container. The text
// inside is already escaped by ECharts' SVG writer.
//
// ECharts writes a text's font as a style attribute; the site's CSP allows no
// inline styles, so each declaration becomes the SVG presentation attribute
// of the same name (font-size, font-family, fill, …), which the CSP does not
// govern. A declaration wins over an attribute of the same name, as it did.
export function cleanChartSvg(svg: string, idPrefix: string): string {
  return svg
    .replace(/<style\s*>[\s\S]*?<\/style>/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ pointer-events="visible"/g, '')
    .replace(/\bzr\d+-/g, `${idPrefix}-`)
    .replace(/^<svg width="(\d+)" height="(\d+)"/, '<svg aria-hidden="true" focusable="false" preserveAspectRatio="xMidYMid meet"')
    .replace(/<defs\s*>\s*<\/defs>/g, '')
    .replace(/\n+/g, '\n')
    .replace(/<[a-zA-Z][^>]*\sstyle="[^"]*"[^>]*>/g, toPresentationAttributes)
    .trim();
}

const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/;
const ATTRIBUTE = /\s([a-z-]+)="[^"]*"/g;

function toPresentationAttributes(tag: string): string {
  const declared = new Map<string, string>();
  for (const declaration of (STYLE_ATTRIBUTE.exec(tag)?.[1] ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (colon >= 0 && /^[a-z-]+$/.test(name) && value !== '') declared.set(name, value);
  }
  // An attribute the style also names takes the style's value where it stands; the others are added at the end.
  const placed = new Set<string>();
  const tagWithout = tag.replace(STYLE_ATTRIBUTE, '').replace(ATTRIBUTE, (attribute, name: string) => {
    const value = declared.get(name);
    if (value === undefined) return attribute;
    placed.add(name);
    return ` ${name}="${value}"`;
  });
  const added = [...declared].filter(([name]) => !placed.has(name)).map(([name, value]) => ` ${name}="${value}"`);
  return added.length === 0 ? tagWithout : tagWithout.replace(/\s*(\/?)>$/, `${added.join('')}$1>`);
}
