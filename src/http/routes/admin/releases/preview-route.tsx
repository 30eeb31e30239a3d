// GET /admin/releases/:id/preview[?indicator=CODE&lang=en]: the public front
// page (or an indicator's page) as it will look once the draft is
// published. The real public views are rendered from the real data with the
// draft really published, inside a transaction that is then rolled back
// (previewPublishedRelease); nothing of it is kept or seen by anyone else.
import type { FastifyInstance } from 'fastify';
import { canManageReleases } from '../../../../domain/permissions.js';
import { Invalid } from '../../../../services/errors.js';
import { getIndicatorDetail } from '../../../../services/public/indicator-detail.js';
import { getPolicyPageData } from '../../../../services/public/policy-page-data.js';
import { getPolicyCode } from '../../../../services/public/public-policies.js';
import { getReleaseCompleteness } from '../../../../services/releases/completeness.js';
import { previewPublishedRelease } from '../../../../services/releases/preview.js';
import { Notice } from '../../../../views/admin/forms/notice.js';
import { PreviewBanner } from '../../../../views/admin/releases/preview-banner.js';
import type { PreviewLink } from '../../../../views/admin/releases/preview-banner.js';
import { renderPageChart } from '../../../../views/charts/indicator-chart.js';
import { localized } from '../../../../views/components/localized.js';
import { IndicatorPage } from '../../../../views/pages/indicator-page.js';
import { PolicyPage } from '../../../../views/pages/policy-page.js';
import { htmlPage, loadSiteContext } from '../../public/page-support.js';
import { sendAdminPage } from '../render-page.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { queryOf, releaseOf } from './release-access.js';
import type { ReleaseRoutesOptions } from './release-access.js';
import { t, toLang } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

export function registerPreviewRoute(app: FastifyInstance, options: ReleaseRoutesOptions): void {
  app.get('/releases/:id/preview', { config: { allow: canManageReleases } }, async (request, reply) => {
    const release = await releaseOf(app, request);
    const query = queryOf(request);
    const adminLang = signedInUser(request).language;
    const lang = query.lang === undefined ? adminLang : toLang(query.lang);
    const refuse = (text: string, status: number) =>
      sendAdminPage(request, reply, {
        title: t(adminLang, 'release.preview'),
        current: 'releases',
        status,
        body: () => (
          <>
            <p>
              <a href={`/admin/releases/${release.id}`}>{t(adminLang, 'preview.back')}</a>
            </p>
            <h1>{t(adminLang, 'release.preview')}</h1>
            <Notice kind="info">{text}</Notice>
          </>
        ),
      });
    if (release.state !== 'draft') return refuse(t(adminLang, 'release.isPublished', { date: release.publishedOn ?? '' }), 200);

    const policyCode = await getPolicyCode(app.db, release.policyId);
    const completeness = await getReleaseCompleteness(app.db, release.id, lang);
    const base = `/admin/releases/${release.id}/preview`;
    const withLang = (href: string, l: string) => `${href}${href.includes('?') ? '&' : '?'}lang=${l}`;
    const indicatorCode = query.indicator;
    const links: PreviewLink[] = [
      { href: withLang(base, lang), label: t(lang, 'release.previewFront'), current: indicatorCode === undefined },
      ...completeness.present.map((p) => ({
        href: withLang(`${base}?indicator=${encodeURIComponent(p.code)}`, lang),
        label: p.title,
        current: p.code === indicatorCode,
      })),
    ];
    const self = indicatorCode === undefined ? base : `${base}?indicator=${encodeURIComponent(indicatorCode)}`;
    const banner = <PreviewBanner lang={lang} releaseId={release.id} releaseTitle={completeness.release.title} links={links} />;
    try {
      // Everything read for the page goes through `published`, the transaction that is rolled back.
      const rendered = await previewPublishedRelease(app.db, release.id, changeContextOf(request, options.now), async (published) => {
        const ctx = await loadSiteContext(published, lang);
        const otherLanguageHref = withLang(self, lang === 'da' ? 'en' : 'da');
        if (indicatorCode === undefined) {
          const data = await getPolicyPageData(published, policyCode);
          const layout = {
            title: localized(lang, data.overview.policy.title),
            otherLanguageHref,
            isDemoData: data.overview.isDemoData,
            current: 'home' as const,
          };
          return htmlPage(
            ctx,
            layout,
            <>
              {banner}
              <PolicyPage ctx={ctx} overview={data.overview} latestRelease={data.latestRelease} />
            </>,
          );
        }
        const detail = await getIndicatorDetail(published, policyCode, indicatorCode);
        const layout = { title: localized(lang, detail.indicator.title), otherLanguageHref, isDemoData: detail.isDemoData };
        return htmlPage(
          ctx,
          layout,
          <>
            {banner}
            <IndicatorPage ctx={ctx} detail={detail} chart={renderPageChart(detail, lang)} />
          </>,
        );
      });
      return reply.type(rendered.type).header('cache-control', 'no-store').header('x-robots-tag', 'noindex').send(rendered.body);
    } catch (error) {
      if (error instanceof Invalid) return refuse(t(adminLang, 'preview.refused', { reason: error.messageIn(adminLang) }), statusOf(error));
      throw error;
    }
  });
}
