// Writing action plans: a new plan (its first version) and a revision (the
// next version, made from the version the editor opened; if another revision
// landed meanwhile, nothing is saved and the form says so). The "add an
// initiative" button sends the form back with one more empty group.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canEditActionPlans } from '../../../../domain/permissions.js';
import { pick, t, translator } from '../../../../i18n/index.js';
import { Conflict, Invalid } from '../../../../services/errors.js';
import type { ServiceError } from '../../../../services/errors.js';
import { createActionPlan, reviseActionPlan } from '../../../../services/plans/action-plans.js';
import { loadPlanChoices } from '../../../../services/plans/plan-choices.js';
import type { PlanChoices } from '../../../../services/plans/plan-choices.js';
import { findPlanForCommitteeYear, getActionPlan } from '../../../../services/plans/plan-views.js';
import type { ActionPlanView } from '../../../../services/plans/plan-views.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import type { ShownForm } from '../../../../views/admin/forms/shown-form.js';
import { PlanFormPage } from '../../../../views/admin/plans/plan-form-page.js';
import { problem, readFields } from '../projects/screen-support.js';
import { formValues } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { idParam } from '../route-params.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { budgetYearsOf, initiativeCountOf, newPlanSchema, planToForm, readPlanContent, revisionSchema } from './plan-form.js';
import type { Lang } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

type Notice = { kind: 'error' | 'warning'; text: string } | null;

export function registerPlanEditRoutes(app: FastifyInstance, now: () => Date): void {
  const config = { allow: canEditActionPlans };

  async function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    plan: ActionPlanView | null,
    choices: PlanChoices,
    shown: ShownForm,
    status = 200,
    notice: Notice = null,
  ) {
    const lang = signedInUser(request).language;
    const t = translator(lang);
    const planYear = plan?.year ?? (Number(shown.values.year) || now().getUTCFullYear());
    const count = Math.max(initiativeCountOf(shown.values), 1);
    const title = plan ? t('plans.form.reviseTitle') : t('plans.form.newTitle');
    const committees = choices.committees.map((c) => ({ value: String(c.id), label: pick(lang, c.name.da, c.name.en) }));
    return sendAdminPage(request, reply, {
      title,
      current: 'plans',
      status,
      body: (csrfToken) => (
        <PlanFormPage
          lang={lang}
          title={plan ? `${title}: ${pick(lang, plan.committee.name.da, plan.committee.name.en)} ${plan.year}` : title}
          intro={
            plan
              ? t('plans.form.reviseIntro', {
                  number: Number(shown.values.basedOnVersion) || plan.shown.number,
                  next: (Number(shown.values.basedOnVersion) || plan.shown.number) + 1,
                })
              : undefined
          }
          action={plan ? `/admin/plans/${plan.id}/revise` : '/admin/plans'}
          csrfToken={csrfToken}
          choices={choices}
          shown={shown}
          headSpecs={
            plan
              ? [{ kind: 'textarea', name: 'revisionNote', label: t('plans.form.revisionNote'), required: true }]
              : [
                  { kind: 'select', name: 'committeeId', label: t('plans.form.committee'), options: committees, emptyLabel: t('common.none'), required: true },
                  { kind: 'number', name: 'year', label: t('plans.form.year'), required: true },
                ]
          }
          initiativeCount={count}
          budgetYears={(index) => budgetYearsOf(shown.values, index, planYear)}
          hidden={plan ? { basedOnVersion: String(shown.values.basedOnVersion ?? plan.shown.number) } : {}}
          submitLabel={plan ? t('plans.form.submitRevision') : t('plans.form.submitNew')}
          notice={notice}
          backHref={plan ? `/admin/plans/${plan.id}` : '/admin/plans'}
        />
      ),
    });
  }

  /** The form again with one more empty initiative, when "add" was pressed. */
  const withOneMore = (values: FormValues): FormValues => ({ ...values, initiativeCount: String(initiativeCountOf(values) + 1) });
  const refused = (lang: Lang, error: ServiceError): Notice => ({ kind: 'error', text: t(lang, 'common.refused', { reason: error.messageIn(lang) }) });

  app.get('/plans/new', { config }, async (request, reply) => {
    const choices = await loadPlanChoices(app.db);
    return sendForm(request, reply, null, choices, { values: { year: String(now().getUTCFullYear() + 1), initiativeCount: '1' }, errors: {} });
  });

  app.post('/plans', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const values = formValues(request);
    const choices = await loadPlanChoices(app.db);
    if (values.add) return sendForm(request, reply, null, choices, { values: withOneMore(values), errors: {} });
    const key = readFields(newPlanSchema, values, lang);
    const content = readPlanContent(values, lang);
    const errors = { ...(key.ok ? {} : key.errors), ...(content.ok ? {} : content.errors) };
    if (key.ok && (await findPlanForCommitteeYear(app.db, key.data.committeeId, key.data.year, { policyId: choices.policy.id }))) {
      errors.year = problem(lang, 'error.planExists');
    }
    if (!key.ok || !content.ok || Object.keys(errors).length > 0) return sendForm(request, reply, null, choices, { values, errors }, 400);
    try {
      const { plan } = await createActionPlan(app.db, { policyId: choices.policy.id, ...key.data, content: content.content }, changeContextOf(request, now));
      return reply.redirect(`/admin/plans/${plan.id}?created=1`, 303);
    } catch (error) {
      if (error instanceof Invalid || error instanceof Conflict)
        return sendForm(request, reply, null, choices, { values, errors: {} }, statusOf(error), refused(lang, error));
      throw error;
    }
  });

  app.get('/plans/:id/revise', { config }, async (request, reply) => {
    const plan = await getActionPlan(app.db, idParam(request.params));
    const choices = await loadPlanChoices(app.db, plan.policyId);
    const values = planToForm(plan, new Map(choices.indicators.map((i) => [i.code, i.id])), new Map(choices.goals.map((g) => [g.code, g.id])));
    return sendForm(request, reply, plan, choices, { values, errors: {} });
  });

  app.post('/plans/:id/revise', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const plan = await getActionPlan(app.db, idParam(request.params));
    const choices = await loadPlanChoices(app.db, plan.policyId);
    const values = formValues(request);
    if (values.add) return sendForm(request, reply, plan, choices, { values: withOneMore(values), errors: {} });
    const revision = readFields(revisionSchema, values, lang);
    const content = readPlanContent(values, lang);
    const errors = { ...(revision.ok ? {} : revision.errors), ...(content.ok ? {} : content.errors) };
    if (!revision.ok || !content.ok) return sendForm(request, reply, plan, choices, { values, errors }, 400);
    const latest = plan.versions.at(-1)!.number;
    const stale: Notice = { kind: 'error', text: t(lang, 'plans.stale', { number: latest, next: latest + 1 }) };
    // Someone else's revision landed after this form was opened: keep what was typed, say so.
    if (revision.data.basedOnVersion !== latest)
      return sendForm(request, reply, plan, choices, { values: { ...values, basedOnVersion: String(latest) }, errors: {} }, 409, stale);
    try {
      await reviseActionPlan(app.db, plan.id, { ...revision.data, content: content.content }, changeContextOf(request, now));
      return reply.redirect(`/admin/plans/${plan.id}?saved=1`, 303);
    } catch (error) {
      if (error instanceof Conflict) {
        const now = (await getActionPlan(app.db, plan.id)).versions.at(-1)!.number;
        const notice: Notice = { kind: 'error', text: t(lang, 'plans.stale', { number: now, next: now + 1 }) };
        return sendForm(request, reply, plan, choices, { values: { ...values, basedOnVersion: String(now) }, errors: {} }, statusOf(error), notice);
      }
      if (error instanceof Invalid) return sendForm(request, reply, plan, choices, { values, errors: {} }, statusOf(error), refused(lang, error));
      throw error;
    }
  });
}
