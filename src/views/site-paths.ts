// The public site's URLs, in Danish under `/` and in English under `/en/`.
// Pages are addressed by the codes of the model (policy, focus area, goal,
// committee, indicator) so that links stay valid when a policy is archived;
// releases by their number. Routes and links are built from the same
// segments, so they cannot drift apart. Pages end in `/`, so a static export
// can write each as `…/index.html`; the same address without it redirects.
//
//   front page (current policy)  /                               /en/
//   policy                       /politikker/P/                  /en/policies/P/
//   focus area                   /politikker/P/indsatsomraader/A/ /en/policies/P/focus-areas/A/
//   goal                         /politikker/P/maal/G/           /en/policies/P/goals/G/
//   committee                    /politikker/P/udvalg/C/         /en/policies/P/committees/C/
//   indicator                    /politikker/P/indikatorer/I/    /en/policies/P/indicators/I/
//     downloads beside it        …/I/data.csv, …/I/data.json, …/I/data.jsonstat.json
//   releases, one release        /politikker/P/offentliggoerelser/[N/]  /en/policies/P/releases/[N/]
//   archive, method, open data   /arkiv/ /metode/ /aabne-data/   /en/archive/ /en/methodology/ /en/open-data/
//     every figure, in bulk      /aabne-data/alle-tal.csv|.json   /en/open-data/all-figures.csv|.json
//   embeddable card              /embed/da/P/I/                  /embed/en/P/I/
//   open-data API                /api/v1/… (see views/open-data/api-paths.ts)
import type { Lang } from '../domain/number-format.js';

const SEGMENTS = {
  da: {
    policies: 'politikker',
    focusAreas: 'indsatsomraader',
    goals: 'maal',
    committees: 'udvalg',
    indicators: 'indikatorer',
    releases: 'offentliggoerelser',
    archive: 'arkiv',
    methodology: 'metode',
    openData: 'aabne-data',
  },
  en: {
    policies: 'policies',
    focusAreas: 'focus-areas',
    goals: 'goals',
    committees: 'committees',
    indicators: 'indicators',
    releases: 'releases',
    archive: 'archive',
    methodology: 'methodology',
    openData: 'open-data',
  },
} as const;

const ALL_FIGURES: Record<Lang, string> = { da: 'alle-tal', en: 'all-figures' };

export type Segment = keyof (typeof SEGMENTS)['da'];
export type DownloadKind = 'csv' | 'json' | 'jsonstat';

export const DOWNLOAD_FILES: Record<DownloadKind, string> = { csv: 'data.csv', json: 'data.json', jsonstat: 'data.jsonstat.json' };

const encode = encodeURIComponent;

export interface SitePaths {
  readonly lang: Lang;
  home(): string;
  policy(policy: string): string;
  focusArea(policy: string, area: string): string;
  goal(policy: string, goal: string): string;
  committee(policy: string, committee: string): string;
  indicator(policy: string, indicator: string): string;
  download(policy: string, indicator: string, kind: DownloadKind): string;
  releases(policy: string): string;
  release(policy: string, id: number): string;
  archive(): string;
  methodology(): string;
  openData(): string;
  /** Every published figure of the policy in force, beside the open-data page. */
  allFigures(kind: 'csv' | 'json'): string;
  /** The embeddable card; under /embed/ in both languages, so framing rules can name one prefix. */
  embed(policy: string, indicator: string): string;
}

function sitePaths(lang: Lang): SitePaths {
  const root = lang === 'da' ? '/' : '/en/';
  const s = SEGMENTS[lang];
  const policy = (code: string) => `${root}${s.policies}/${encode(code)}/`;
  const indicator = (p: string, i: string) => `${policy(p)}${s.indicators}/${encode(i)}/`;
  return {
    lang,
    home: () => root,
    policy,
    focusArea: (p, a) => `${policy(p)}${s.focusAreas}/${encode(a)}/`,
    goal: (p, g) => `${policy(p)}${s.goals}/${encode(g)}/`,
    committee: (p, c) => `${policy(p)}${s.committees}/${encode(c)}/`,
    indicator,
    download: (p, i, kind) => `${indicator(p, i)}${DOWNLOAD_FILES[kind]}`,
    releases: (p) => `${policy(p)}${s.releases}/`,
    release: (p, id) => `${policy(p)}${s.releases}/${id}/`,
    archive: () => `${root}${s.archive}/`,
    methodology: () => `${root}${s.methodology}/`,
    openData: () => `${root}${s.openData}/`,
    allFigures: (kind) => `${root}${s.openData}/${ALL_FIGURES[lang]}.${kind}`,
    embed: (p, i) => `/embed/${lang}/${encode(p)}/${encode(i)}/`,
  };
}

export const PATHS: Record<Lang, SitePaths> = { da: sitePaths('da'), en: sitePaths('en') };

/** The route pattern of a page in one language, e.g. `/en/policies/:policy/indicators/:indicator/`. */
export function routePattern(lang: Lang, ...parts: readonly (Segment | `:${string}`)[]): string {
  const root = lang === 'da' ? '/' : '/en/';
  return root + parts.map((part) => (part.startsWith(':') ? part : SEGMENTS[lang][part as Segment])).join('/') + (parts.length ? '/' : '');
}
