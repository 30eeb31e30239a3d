// The consultation catalogue under /admin/consultation: the secretariat's
// list of inputs with filters and each input's form; and the catalogue per
// committee with its DOCX, which a committee member may read for its own
// committee (canReadCommitteeMaterial).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { canKeepConsultationCatalogue, canOpenCommitteeMaterial, canReadCommitteeMaterial } from '../../../../domain/permissions.js';
import { pick, t } from '../../../../i18n/index.js';
import { consultationCatalogueToDocx } from '../../../../services/consultation/catalogue-docx.js';
import { getConsultationCatalogue } from '../../../../services/consultation/consultation-catalogue.js';
import {
  CONSULTATION_SOURCE_KINDS,
  CONSULTATION_STATUSES,
  createConsultationInput,
  updateConsultationInput,
} from '../../../../services/consultation/consultation-inputs.js';
import { listConsultationInputViews } from '../../../../services/consultation/consultation-list.js';
import type { ConsultationInputView } from '../../../../services/consultation/consultation-list.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../../../services/errors.js';
import { loadPlanChoices } from '../../../../services/plans/plan-choices.js';
import type { PlanChoices } from '../../../../services/plans/plan-choices.js';
import { CataloguePage, ConsultationFormPage, ConsultationListPage } from '../../../../views/admin/consultation/consultation-pages.js';
import type { ConsultationChoices } from '../../../../views/admin/consultation/consultation-pages.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import type { ShownForm } from '../../../../views/admin/forms/shown-form.js';
import { choice, isoDate, optionalText, references, requiredText } from '../form-schema.js';
import { queryId, queryText, readFields } from '../projects/screen-support.js';
import { formValues } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { idParam } from '../route-params.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import type { Lang } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

const inputSchema = z.object({
  sourceKind: choice(CONSULTATION_SOURCE_KINDS, { required: true }),
  receivedOn: isoDate({ required: true }),
  author: optionalText(300),
  title: requiredText(300),
  body: requiredText(20_000),
  status: choice(CONSULTATION_STATUSES, { required: true }),
  goalIds: references(),
  committeeIds: references(),
});

function toChoices(lang: Lang, plan: PlanChoices): ConsultationChoices {
  return {
    sources: CONSULTATION_SOURCE_KINDS.map((s) => ({ value: s, label: t(lang, `catalogue.source.${s}`) })),
    statuses: CONSULTATION_STATUSES.map((s) => ({ value: s, label: t(lang, `catalogue.status.${s}`) })),
    committees: plan.committees.map((c) => ({ value: String(c.id), label: pick(lang, c.name.da, c.name.en) })),
    goals: plan.goals.map((g) => ({ value: String(g.id), label: `${g.number}. ${pick(lang, g.title.da, g.title.en)}` })),
  };
}

const toForm = (input: ConsultationInputView): FormValues => ({
  sourceKind: input.sourceKind,
  receivedOn: input.receivedOn,
  author: input.author ?? '',
  title: input.title,
  body: input.body,
  status: input.status,
  goalIds: input.goals.map((g) => String(g.id)),
  committeeIds: input.committees.map((c) => String(c.id)),
  version: String(input.version),
});

export function registerConsultationRoutes(app: FastifyInstance, options: { now: () => Date }): void {
  const config = { allow: canKeepConsultationCatalogue };

  async function findInput(policyId: number, id: number) {
    const input = (await listConsultationInputViews(app.db, policyId)).find((i) => i.id === id);
    if (!input) throw new NotFound('error.consultation.noSuchId', { id });
    return input;
  }

  app.get('/consultation', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const plan = await loadPlanChoices(app.db);
    const source = queryText(request, 'source');
    const status = queryText(request, 'status');
    const committeeId = queryId(request, 'committee');
    const goalId = queryId(request, 'goal');
    const all = await listConsultationInputViews(app.db, plan.policy.id, {
      ...(committeeId ? { committeeId } : {}),
      ...(goalId ? { goalId } : {}),
      ...((CONSULTATION_STATUSES as readonly string[]).includes(status) ? { status: status as (typeof CONSULTATION_STATUSES)[number] } : {}),
    });
    const inputs = (CONSULTATION_SOURCE_KINDS as readonly string[]).includes(source) ? all.filter((i) => i.sourceKind === source) : all;
    return sendAdminPage(request, reply, {
      title: t(lang, 'consultation.title'),
      current: 'consultation',
      body: () => (
        <ConsultationListPage
          lang={lang}
          policy={pick(lang, plan.policy.title.da, plan.policy.title.en)}
          inputs={inputs}
          choices={toChoices(lang, plan)}
          filter={{ source, status, committee: committeeId ? String(committeeId) : '', goal: goalId ? String(goalId) : '' }}
        />
      ),
    });
  });

  async function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    input: ConsultationInputView | null,
    shown: ShownForm,
    status = 200,
    notice: { kind: 'success' | 'error'; text: string } | null = null,
  ) {
    const lang = signedInUser(request).language;
    const plan = await loadPlanChoices(app.db);
    const title = input ? input.title : t(lang, 'consultation.newTitle');
    return sendAdminPage(request, reply, {
      title,
      current: 'consultation',
      status,
      body: (csrfToken) => (
        <ConsultationFormPage
          lang={lang}
          title={title}
          action={input ? `/admin/consultation/${input.id}` : '/admin/consultation'}
          csrfToken={csrfToken}
          choices={toChoices(lang, plan)}
          shown={shown}
          version={input ? Number(shown.values.version ?? input.version) : null}
          notice={notice}
        />
      ),
    });
  }

  app.get('/consultation/new', { config }, async (request, reply) => sendForm(request, reply, null, { values: { status: 'inspiration' }, errors: {} }));

  app.post('/consultation', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const values = formValues(request);
    const read = readFields(inputSchema, values, lang);
    if (!read.ok) return sendForm(request, reply, null, { values, errors: read.errors }, 400);
    const plan = await loadPlanChoices(app.db);
    try {
      const row = await createConsultationInput(app.db, { policyId: plan.policy.id, ...read.data }, changeContextOf(request, options.now));
      return reply.redirect(`/admin/consultation/${row.id}?created=1`, 303);
    } catch (error) {
      if (error instanceof Invalid)
        return sendForm(request, reply, null, { values, errors: {} }, statusOf(error), {
          kind: 'error',
          text: t(lang, 'common.refused', { reason: error.messageIn(lang) }),
        });
      throw error;
    }
  });

  app.get('/consultation/:id', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const plan = await loadPlanChoices(app.db);
    const input = await findInput(plan.policy.id, idParam(request.params));
    const notice = queryText(request, 'saved') ? t(lang, 'common.saved') : queryText(request, 'created') ? t(lang, 'common.created') : null;
    return sendForm(request, reply, input, { values: toForm(input), errors: {} }, 200, notice ? { kind: 'success', text: notice } : null);
  });

  app.post('/consultation/:id', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const plan = await loadPlanChoices(app.db);
    const input = await findInput(plan.policy.id, idParam(request.params));
    const values = formValues(request);
    const read = readFields(inputSchema, values, lang);
    if (!read.ok) return sendForm(request, reply, input, { values, errors: read.errors }, 400);
    const stale = { kind: 'error' as const, text: t(lang, 'common.stale') };
    const openedAt = Number(values.version);
    if (!Number.isInteger(openedAt) || openedAt !== input.version)
      return sendForm(request, reply, input, { values: { ...values, version: String(input.version) }, errors: {} }, 409, stale);
    try {
      await updateConsultationInput(app.db, input.id, openedAt, { policyId: plan.policy.id, ...read.data }, changeContextOf(request, options.now));
      return reply.redirect(`/admin/consultation/${input.id}?saved=1`, 303);
    } catch (error) {
      if (error instanceof Conflict)
        return sendForm(request, reply, input, { values: { ...values, version: String(input.version + 1) }, errors: {} }, statusOf(error), stale);
      if (error instanceof Invalid)
        return sendForm(request, reply, input, { values, errors: {} }, statusOf(error), {
          kind: 'error',
          text: t(lang, 'common.refused', { reason: error.messageIn(lang) }),
        });
      throw error;
    }
  });

  /** The committee of a catalogue address, if this person may read its material. */
  function committeeFor(request: FastifyRequest): number {
    const committeeId = idParam(request.params);
    if (!canReadCommitteeMaterial(signedInUser(request), { id: committeeId })) throw new Forbidden('error.otherCommitteeMaterial');
    return committeeId;
  }

  app.get('/consultation/catalogue/:id', { config: { allow: canOpenCommitteeMaterial } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const committeeId = committeeFor(request);
    const catalogue = await getConsultationCatalogue(app.db, { committeeId });
    return sendAdminPage(request, reply, {
      title: t(lang, 'consultation.catalogueTitle', { committee: pick(lang, catalogue.committee.name.da, catalogue.committee.name.en) }),
      current: canKeepConsultationCatalogue(signedInUser(request)) ? 'consultation' : 'committeeMaterial',
      body: () => <CataloguePage lang={lang} catalogue={catalogue} committeeId={committeeId} />,
    });
  });

  app.get('/consultation/catalogue/:id/docx', { config: { allow: canOpenCommitteeMaterial } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const catalogue = await getConsultationCatalogue(app.db, { committeeId: committeeFor(request) });
    const document = await consultationCatalogueToDocx(catalogue, lang);
    return reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header(
        'content-disposition',
        `attachment; filename="${lang === 'da' ? 'hoeringskatalog' : 'consultation-catalogue'}-${catalogue.committee.code.replace(/[^A-Za-z0-9_-]/g, '_')}.docx"`,
      )
      .header('cache-control', 'no-store')
      .send(document);
  });
}
