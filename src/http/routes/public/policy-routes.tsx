// The front page and a policy's own pages in both languages: the policy,
// each focus area, goal and committee.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listGoalInitiatives } from '../../../services/public/goal-initiatives.js';
import { findCommittee, findFocusArea, findGoal } from '../../../services/public/overview-lookup.js';
import { getCurrentPolicyPageData, getPolicyPageData } from '../../../services/public/policy-page-data.js';
import type { PolicyPageData } from '../../../services/public/policy-page-data.js';
import { localized } from '../../../views/components/localized.js';
import type { Crumb } from '../../../views/components/breadcrumbs.js';
import { CommitteePage } from '../../../views/pages/committee-page.js';
import { FocusAreaPage } from '../../../views/pages/focus-area-page.js';
import { GoalPage } from '../../../views/pages/goal-page.js';
import { focusAreaHeadingText, goalHeadingText } from '../../../views/pages/headings.js';
import { PolicyPage } from '../../../views/pages/policy-page.js';
import { PATHS, routePattern } from '../../../views/site-paths.js';
import type { SiteContext } from '../../../views/site-context.js';
import type { ResponseCache } from './response-cache.js';
import { LANGS, htmlPage, loadSiteContext, otherLang } from './page-support.js';

type Params = { policy: string; area: string; goal: string; committee: string };
const params = (request: FastifyRequest) => request.params as Params;

export async function registerPolicyRoutes(app: FastifyInstance, { cache }: { cache: ResponseCache }): Promise<void> {
  const load = async (lang: SiteContext['lang'], request: FastifyRequest) => {
    const [ctx, data] = await Promise.all([loadSiteContext(app.db, lang), getPolicyPageData(app.db, params(request).policy)]);
    return { ctx, data };
  };
  const policyCrumbs = (ctx: SiteContext, data: PolicyPageData): Crumb[] => [
    { label: ctx.t('nav.home'), href: ctx.paths.home() },
    { label: localized(ctx.lang, data.overview.policy.title), href: ctx.paths.policy(data.overview.policy.code) },
  ];

  for (const lang of LANGS) {
    const other = PATHS[otherLang(lang)];

    app.get(PATHS[lang].home(), cache.handler(async () => {
      const [ctx, data] = await Promise.all([loadSiteContext(app.db, lang), getCurrentPolicyPageData(app.db)]);
      const title = data ? localized(lang, data.overview.policy.title) : ctx.t('front.title');
      const body = data ? <PolicyPage ctx={ctx} overview={data.overview} latestRelease={data.latestRelease} /> : <NoPolicy ctx={ctx} />;
      return htmlPage(ctx, { title, otherLanguageHref: other.home(), isDemoData: data?.overview.isDemoData ?? false, current: 'home' }, body);
    }));

    app.get(routePattern(lang, 'policies', ':policy'), cache.handler(async (request) => {
      const { ctx, data } = await load(lang, request);
      const { overview, latestRelease } = data;
      const title = localized(lang, overview.policy.title);
      const layout = { title, otherLanguageHref: other.policy(overview.policy.code), isDemoData: overview.isDemoData, breadcrumbs: [{ label: ctx.t('nav.home'), href: ctx.paths.home() }] };
      return htmlPage(ctx, layout, <PolicyPage ctx={ctx} overview={overview} latestRelease={latestRelease} />);
    }));

    app.get(routePattern(lang, 'policies', ':policy', 'focusAreas', ':area'), cache.handler(async (request) => {
      const { ctx, data } = await load(lang, request);
      const area = findFocusArea(data.overview, params(request).area);
      const policy = data.overview.policy.code;
      const layout = { title: focusAreaHeadingText(ctx, area), otherLanguageHref: other.focusArea(policy, area.code), isDemoData: data.overview.isDemoData, breadcrumbs: policyCrumbs(ctx, data) };
      return htmlPage(ctx, layout, <FocusAreaPage ctx={ctx} policyCode={policy} area={area} />);
    }));

    app.get(routePattern(lang, 'policies', ':policy', 'goals', ':goal'), cache.handler(async (request) => {
      const [{ ctx, data }, initiatives] = await Promise.all([load(lang, request), listGoalInitiatives(app.db, params(request).policy, params(request).goal)]);
      const { goal, area } = findGoal(data.overview, params(request).goal);
      const policy = data.overview.policy.code;
      const breadcrumbs = [...policyCrumbs(ctx, data), { label: `${ctx.t('front.focusArea')} ${area.number}`, href: ctx.paths.focusArea(policy, area.code) }];
      const layout = { title: goalHeadingText(ctx, goal), otherLanguageHref: other.goal(policy, goal.code), isDemoData: data.overview.isDemoData, breadcrumbs };
      return htmlPage(ctx, layout, <GoalPage ctx={ctx} policyCode={policy} goal={goal} area={area} initiatives={initiatives} />);
    }));

    app.get(routePattern(lang, 'policies', ':policy', 'committees', ':committee'), cache.handler(async (request) => {
      const { ctx, data } = await load(lang, request);
      const committee = findCommittee(data.overview, params(request).committee);
      const policy = data.overview.policy.code;
      const layout = { title: localized(lang, committee.name), otherLanguageHref: other.committee(policy, committee.code), isDemoData: data.overview.isDemoData, breadcrumbs: policyCrumbs(ctx, data) };
      return htmlPage(ctx, layout, <CommitteePage ctx={ctx} overview={data.overview} committee={committee} />);
    }));
  }
}

function NoPolicy({ ctx }: { ctx: SiteContext }) {
  return (
    <>
      <h1>{ctx.t('front.title')}</h1>
      <p>{ctx.t('front.noPolicy')}</p>
    </>
  );
}
