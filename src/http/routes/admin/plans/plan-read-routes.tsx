// Reading action plans: the list (a committee member sees its committee's
// plans only), one plan in any of its versions, and the economic overview
// on screen and as XLSX.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canEditActionPlans, canOpenCommitteeMaterial, canReadCommitteeMaterial, isSecretariat } from '../../../../domain/permissions.js';
import { pick, t } from '../../../../i18n/index.js';
import { Forbidden } from '../../../../services/errors.js';
import { economicOverviewToXlsx } from '../../../../services/plans/economic-overview-xlsx.js';
import { getEconomicOverview } from '../../../../services/plans/economic-overview.js';
import { getIndicatorProgress, loadPlanChoices } from '../../../../services/plans/plan-choices.js';
import { getActionPlan, listActionPlanSummaries } from '../../../../services/plans/plan-views.js';
import { EconomyPage } from '../../../../views/admin/plans/economy-page.js';
import { PlanListPage } from '../../../../views/admin/plans/plan-list-page.js';
import { PlanPage } from '../../../../views/admin/plans/plan-page.js';
import { queryId, queryText } from '../projects/screen-support.js';
import { sendAdminPage } from '../render-page.js';
import { idParam } from '../route-params.js';
import { signedInUser } from '../../../signed-in.js';

/** The committee a person is limited to, or undefined for the secretariat. */
function ownCommitteeOf(request: FastifyRequest): number | undefined {
  const user = signedInUser(request);
  if (isSecretariat(user)) return undefined;
  if (user.committeeId === null) throw new Forbidden('error.notLinkedToCommittee');
  return user.committeeId;
}

const yearOptions = (years: Iterable<number>) => [...new Set(years)].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }));

export function registerPlanReadRoutes(app: FastifyInstance): void {
  app.get('/plans', { config: { allow: canOpenCommitteeMaterial } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const own = ownCommitteeOf(request);
    const all = await listActionPlanSummaries(app.db, own === undefined ? {} : { committeeId: own });
    const year = queryId(request, 'year');
    const committee = own ?? queryId(request, 'committee');
    const plans = all.filter((p) => (year === undefined || p.year === year) && (committee === undefined || p.committee.id === committee));
    const choices = await loadPlanChoices(app.db);
    const committees = own === undefined ? choices.committees.map((c) => ({ value: String(c.id), label: pick(lang, c.name.da, c.name.en) })) : [];
    return sendAdminPage(request, reply, {
      title: t(lang, 'plans.title'),
      current: 'plans',
      body: () => (
        <PlanListPage
          lang={lang}
          plans={plans}
          years={yearOptions(all.map((p) => p.year))}
          committees={committees}
          filter={{ year: year === undefined ? '' : String(year), committee: committee === undefined || own !== undefined ? '' : String(committee) }}
          canEdit={canEditActionPlans(signedInUser(request))}
          economyYear={year ?? all.at(-1)?.year ?? null}
        />
      ),
    });
  });

  app.get('/plans/:id', { config: { allow: canOpenCommitteeMaterial } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const version = queryId(request, 'version');
    const plan = await getActionPlan(app.db, idParam(request.params), version === undefined ? {} : { version });
    if (!canReadCommitteeMaterial(signedInUser(request), plan.committee)) throw new Forbidden('error.plan.otherCommittee');
    const progress = await getIndicatorProgress(app.db, plan.policyId);
    const notice = queryText(request, 'saved') ? t(lang, 'common.saved') : queryText(request, 'created') ? t(lang, 'common.created') : null;
    return sendAdminPage(request, reply, {
      title: t(lang, 'plans.heading', { committee: pick(lang, plan.committee.name.da, plan.committee.name.en), year: plan.year }),
      current: 'plans',
      body: () => <PlanPage lang={lang} plan={plan} progress={progress} canEdit={canEditActionPlans(signedInUser(request))} notice={notice} />,
    });
  });

  /** The year asked for, or the latest year with plans (or this year when there are none). */
  async function overviewFilter(request: FastifyRequest) {
    const all = await listActionPlanSummaries(app.db);
    const year = queryId(request, 'year') ?? all.at(-1)?.year ?? new Date().getUTCFullYear();
    const committeeId = queryId(request, 'committee');
    return { all, year, committeeId };
  }

  app.get('/plans/economy', { config: { allow: canEditActionPlans } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const { all, year, committeeId } = await overviewFilter(request);
    const overview = await getEconomicOverview(app.db, committeeId === undefined ? { year } : { year, committeeId });
    const choices = await loadPlanChoices(app.db);
    const query = `year=${year}${committeeId === undefined ? '' : `&committee=${committeeId}`}`;
    return sendAdminPage(request, reply, {
      title: t(lang, 'economy.title', { year }),
      current: 'plans',
      body: () => (
        <EconomyPage
          lang={lang}
          overview={overview}
          years={yearOptions([...all.map((p) => p.year), year])}
          committees={choices.committees.map((c) => ({ value: String(c.id), label: pick(lang, c.name.da, c.name.en) }))}
          filter={{ year: String(year), committee: committeeId === undefined ? '' : String(committeeId) }}
          downloadHref={`/admin/plans/economy.xlsx?${query}&lang=${lang}`}
        />
      ),
    });
  });

  app.get('/plans/economy.xlsx', { config: { allow: canEditActionPlans } }, async (request, reply) => {
    const lang = queryText(request, 'lang') === 'en' ? 'en' : queryText(request, 'lang') === 'da' ? 'da' : signedInUser(request).language;
    const { year, committeeId } = await overviewFilter(request);
    const overview = await getEconomicOverview(app.db, committeeId === undefined ? { year } : { year, committeeId });
    const workbook = await economicOverviewToXlsx(overview, lang);
    const name = `${lang === 'da' ? 'oekonomioversigt' : 'economic-overview'}-${year}${committeeId === undefined ? '' : `-${overview.committees[0]?.committee.code ?? committeeId}`}.xlsx`;
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
      .header('cache-control', 'no-store')
      .send(workbook);
  });
}
