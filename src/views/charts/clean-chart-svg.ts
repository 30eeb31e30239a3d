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

function toPresentationAttributes(tag: string): string {
  const style = /\sstyle="([^"]*)"/.exec(tag)?.[1] ?? '';
  let result = tag.replace(/\sstyle="[^"]*"/, '');
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (colon < 0 || !/^[a-z-]+$/.test(name) || value === '') continue;
    const existing = new RegExp(`\\s${name}="[^"]*"`);
    result = existing.test(result) ? result.replace(existing, ` ${name}="${value}"`) : result.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
  }
  return result;
}
