// The card's own styles, inlined so a framed card costs one request. Colours
// meet WCAG 2.1 AA contrast; the status colours match the main site's
// (public/barometer.css, which says why yellow has a dark ring).
export const EMBED_CSS = `
@font-face{font-family:"IBM Plex Sans";font-weight:400;font-display:swap;src:url(/assets/fonts/ibm-plex-sans-latin-400-normal.woff2) format("woff2")}
@font-face{font-family:"IBM Plex Sans";font-weight:600;font-display:swap;src:url(/assets/fonts/ibm-plex-sans-latin-600-normal.woff2) format("woff2")}
*{box-sizing:border-box}
body{margin:0;font-family:"IBM Plex Sans",Arial,sans-serif;color:#1a1a1a;background:#fff;line-height:1.4;font-size:15px}
.card{padding:12px 16px;max-width:480px}
.site{margin:0;color:#4a4a4a;font-size:13px}
h1{font-size:17px;margin:4px 0 8px;font-weight:600}
dl{margin:8px 0;display:grid;gap:2px}
dl div{display:flex;flex-wrap:wrap;gap:0 6px}
dt{color:#4a4a4a}dd{margin:0;font-weight:600}
.status{display:inline-flex;align-items:center;gap:6px;font-weight:600}
.status-icon{display:inline-block;width:1.4em;height:1.4em;line-height:1.4em;text-align:center;border-radius:50%;color:#fff;font-size:.85em}
.status-green .status-icon{background:#1e6b2f}.status-yellow .status-icon{background:#ffcc00;color:#1a1a1a;box-shadow:inset 0 0 0 2px #5c4300}.status-orange .status-icon{background:#8a4500}
.status-red .status-icon{background:#a4161a}.status-grey .status-icon{background:#555}
.chart svg{width:100%;height:auto;display:block}
a{color:#0059b3}a:focus-visible{outline:3px solid #0059b3;outline-offset:2px}
.demo,.note{font-size:12px;color:#4a4a4a}
`;
