// What every public page route does alike: load the site's context for the
// page's language, and wrap the page's body in the layout as a response.
import type { ComponentChildren } from 'preact';
import { getConfig } from '../../../config/env.js';
import type { Lang } from '../../../i18n/index.js';
import type { Db } from '../../../services/database.js';
import { getCurrentPolicyCode } from '../../../services/public/public-policies.js';
import { readSiteSettings } from '../../../services/site-settings.js';
import { PageLayout } from '../../../views/layouts/page-layout.js';
import type { PageLayoutProps } from '../../../views/layouts/page-layout.js';
import { renderDocument } from '../../../views/render.js';
import { siteContext } from '../../../views/site-context.js';
import type { SiteContext } from '../../../views/site-context.js';
import type { Rendered } from './cached-response.js';
import { siteStylesheet } from './site-assets.js';

export const LANGS: readonly Lang[] = ['da', 'en'];
export const otherLang = (lang: Lang): Lang => (lang === 'da' ? 'en' : 'da');

export async function loadSiteContext(db: Db, lang: Lang): Promise<SiteContext> {
  const [settings, currentCode] = await Promise.all([readSiteSettings(db), getCurrentPolicyCode(db)]);
  return siteContext(lang, settings, currentCode, siteStylesheet().href, getConfig().baseUrl);
}

export const HTML = 'text/html; charset=utf-8';

export function htmlPage(ctx: SiteContext, layout: Omit<PageLayoutProps, 'ctx' | 'children'>, body: ComponentChildren): Rendered {
  return {
    type: HTML,
    body: renderDocument(
      <PageLayout ctx={ctx} {...layout}>
        {body}
      </PageLayout>,
    ),
  };
}
