// The front page in Danish at `/` and in English at `/en/`.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { pick, translate } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import { getPolicyOverview } from '../../../services/policy-overview.js';
import { readSiteSettings } from '../../../services/site-settings.js';
import { PageLayout } from '../../../views/layouts/page-layout.js';
import { FrontPage } from '../../../views/pages/front-page.js';
import { renderDocument } from '../../../views/render.js';

export async function registerFrontPageRoutes(app: FastifyInstance): Promise<void> {
  const handler = (lang: Lang) => async (_request: unknown, reply: FastifyReply) => {
    const [overview, settings] = await Promise.all([getPolicyOverview(app.db), readSiteSettings(app.db)]);
    const siteName = pick(lang, settings.barometer_name_da, settings.barometer_name_en);
    const title = overview ? pick(lang, overview.policy.title.da, overview.policy.title.en) : translate(lang, 'front.title');
    const html = renderDocument(
      <PageLayout lang={lang} title={title} siteName={siteName} otherLanguageHref={lang === 'da' ? '/en/' : '/'} isDemoData={overview?.isDemoData ?? false}>
        <FrontPage lang={lang} overview={overview} />
      </PageLayout>,
    );
    return reply.type('text/html; charset=utf-8').send(html);
  };
  app.get('/', handler('da'));
  app.get('/en/', handler('en'));
  app.get('/en', async (_request, reply) => reply.redirect('/en/', 301));
}
