// Every kind of public page, in both languages, for the browser tests.
import { ARCHIVED, CURRENT } from '../public/public-app.js';

export interface PageType {
  readonly name: string;
  readonly da: string;
  readonly en: string;
  /** A data table the page must show, even without JavaScript. */
  readonly table?: boolean;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'front page', da: '/', en: '/en/' },
  { name: 'archived policy', da: `/politikker/${ARCHIVED}/`, en: `/en/policies/${ARCHIVED}/` },
  { name: 'focus area', da: `/politikker/${CURRENT}/indsatsomraader/god-start/`, en: `/en/policies/${CURRENT}/focus-areas/god-start/` },
  { name: 'goal', da: `/politikker/${CURRENT}/maal/mal-2/`, en: `/en/policies/${CURRENT}/goals/mal-2/` },
  { name: 'committee', da: `/politikker/${CURRENT}/udvalg/BIU/`, en: `/en/policies/${CURRENT}/committees/BIU/` },
  {
    name: 'indicator',
    da: `/politikker/${CURRENT}/indikatorer/beskaeftigelsesfrekvens/`,
    en: `/en/policies/${CURRENT}/indicators/karakterforskel/`,
    table: true,
  },
  { name: 'releases', da: `/politikker/${CURRENT}/offentliggoerelser/`, en: `/en/policies/${CURRENT}/releases/` },
  { name: 'release', da: `/politikker/${CURRENT}/offentliggoerelser/5/`, en: `/en/policies/${CURRENT}/releases/5/`, table: true },
  { name: 'archive', da: '/arkiv/', en: '/en/archive/' },
  { name: 'methodology', da: '/metode/', en: '/en/methodology/' },
  { name: 'open data', da: '/aabne-data/', en: '/en/open-data/', table: true },
  { name: 'embedded card', da: `/embed/da/${CURRENT}/tryghed/`, en: `/embed/en/${CURRENT}/overledighed/` },
  { name: 'page not found', da: '/politikker/findes-ikke/', en: '/en/policies/no-such-policy/' },
];
