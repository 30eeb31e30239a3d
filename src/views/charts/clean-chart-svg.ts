// Turns ECharts' SSR output into a static picture for a page: drops the
// hover styles and the metadata ECharts keeps for client-side hydration,
// renames its internal ids (which count up across the whole process) to ones
// fixed by the page, and lets the picture scale with its container. The text
// inside is already escaped by ECharts' SVG writer.
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
    .trim();
}
