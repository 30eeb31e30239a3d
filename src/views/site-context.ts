// What every public page needs besides its own content: the language, its
// messages and URLs, the site's settings (names, contact, accessibility
// statement), the current policy for the navigation, the stylesheet URL, and
// the site's own address (SITE_URL) for what is copied elsewhere.
import { translator } from '../i18n/index.js';
import type { Lang, Translate } from '../i18n/index.js';
import type { SiteSettings } from '../services/site-settings.js';
import { PATHS } from './site-paths.js';
import type { SitePaths } from './site-paths.js';

export interface SiteContext {
  readonly lang: Lang;
  readonly t: Translate;
  readonly paths: SitePaths;
  readonly settings: SiteSettings;
  readonly currentPolicyCode: string | null;
  readonly stylesheetHref: string;
  /** The site's public address without a trailing slash, e.g. `https://barometer.kk.dk`: for code copied to other sites. */
  readonly siteUrl: string;
}

export function siteContext(lang: Lang, settings: SiteSettings, currentPolicyCode: string | null, stylesheetHref: string, siteUrl: string): SiteContext {
  return { lang, t: translator(lang), paths: PATHS[lang], settings, currentPolicyCode, stylesheetHref, siteUrl };
}

/** The site's name in the language. */
export function siteName(ctx: SiteContext): string {
  return ctx.lang === 'en' ? ctx.settings.barometer_name_en : ctx.settings.barometer_name_da;
}

export function municipalityName(ctx: SiteContext): string {
  return ctx.lang === 'en' ? ctx.settings.municipality_name_en : ctx.settings.municipality_name_da;
}
