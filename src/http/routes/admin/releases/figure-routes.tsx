// The form for one figure at a time: indicator (only those the person may
// deliver), period, group, area, value, flags, note, and the reason when it
// revises a published figure. enterFigure refuses an indicator the person
// does not deliver, checks the figure with the import pipeline and stages
// it (with its audit row); each problem comes back beside its field, with
// everything as it was typed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { canSupplyFigures } from '../../../../domain/permissions.js';
import type { ImportProblem } from '../../../../importers/problem.js';
import { Conflict, Forbidden } from '../../../../services/errors.js';
import { enterFigure } from '../../../../services/imports/enter-figure.js';
import type { DeliverableIndicator } from '../../../../services/releases/delivery-scope.js';
import { listFigureDimensionChoices } from '../../../../services/releases/form-choices.js';
import type { NamedChoice } from '../../../../services/releases/form-choices.js';
import type { Release } from '../../../../services/releases/release-model.js';
import type { FieldSpec } from '../../../../views/admin/forms/field-spec.js';
import { FieldsForm } from '../../../../views/admin/forms/fields-form.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import { Notice } from '../../../../views/admin/forms/notice.js';
import { errorTexts } from '../../../../views/admin/forms/shown-form.js';
import type { FieldErrors } from '../../../../views/admin/forms/shown-form.js';
import { checkbox, code, optionalText, requiredText } from '../form-schema.js';
import { readForm } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { backHref, backLink, queryOf, releaseOf, scopeOf } from './release-access.js';
import type { ReleaseRoutesOptions } from './release-access.js';
import { t, translator } from '../../../../i18n/index.js';
import type { MessageKey, Lang } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

const schema = z.object({
  indicator: code(),
  period: requiredText(20),
  group: optionalText(60),
  area: optionalText(60),
  value: requiredText(40),
  provisional: checkbox(),
  estimated: checkbox(),
  note: optionalText(500),
  reason: optionalText(500),
});

const FIELD_OF_COLUMN = new Set(['indicator', 'period', 'group', 'area', 'value', 'reason']);
const TRANSLATED = new Set([
  'not_a_number',
  'nan',
  'infinite',
  'unknown_indicator',
  'unknown_group',
  'unknown_area',
  'unknown_period',
  'wrong_period_type',
  'out_of_range',
  'missing_value',
]);

/** The pipeline's problems as texts beside the form's fields. */
function problemTexts(lang: Lang, problems: readonly ImportProblem[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const field = problem.column !== null && FIELD_OF_COLUMN.has(problem.column) ? problem.column : 'value';
    if (field in errors) continue;
    const key = (TRANSLATED.has(problem.code) ? `problem.${problem.code}` : 'problem.other') as MessageKey;
    errors[field] = t(lang, key, { message: problem.message });
  }
  return errors;
}

function figureFields(lang: Lang, indicators: readonly DeliverableIndicator[], groups: readonly NamedChoice[], areas: readonly NamedChoice[]): FieldSpec[] {
  const t = translator(lang);
  const title = (i: DeliverableIndicator) => (lang === 'en' ? (i.title.en ?? i.title.da) : i.title.da);
  return [
    {
      kind: 'select',
      name: 'indicator',
      label: t('field.indicator'),
      required: true,
      options: indicators.map((i) => ({ value: i.code, label: `${title(i)} (${i.code})` })),
    },
    { kind: 'text', name: 'period', label: t('field.period'), hint: t('field.period.hint'), required: true },
    {
      kind: 'select',
      name: 'group',
      label: t('field.group'),
      options: groups.map((g) => ({ value: g.code, label: g.name })),
      emptyLabel: t('field.group.total'),
    },
    {
      kind: 'select',
      name: 'area',
      label: t('field.area'),
      options: areas.map((a) => ({ value: a.code, label: a.name })),
      emptyLabel: t('field.area.default'),
    },
    { kind: 'number', name: 'value', label: t('field.value'), required: true },
    { kind: 'checkbox', name: 'provisional', label: t('field.provisional') },
    { kind: 'checkbox', name: 'estimated', label: t('field.estimated') },
    { kind: 'text', name: 'note', label: t('field.note') },
    { kind: 'textarea', name: 'reason', label: t('field.reason'), hint: t('field.reason.hint') },
  ];
}

export function registerFigureRoutes(app: FastifyInstance, options: ReleaseRoutesOptions): void {
  const config = { allow: canSupplyFigures };

  async function send(request: FastifyRequest, reply: FastifyReply, release: Release, values: FormValues, errors: FieldErrors, status = 200) {
    const lang = signedInUser(request).language;
    const t = translator(lang);
    const [scope, { groups, areas }] = await Promise.all([scopeOf(app, request, release), listFigureDimensionChoices(app.db, lang)]);
    const fields = figureFields(lang, scope.indicators, groups, areas);
    return sendAdminPage(request, reply, {
      title: t('figure.title'),
      current: 'releases',
      status,
      body: (csrfToken) => (
        <>
          <p>
            <a href={backLink(request, release.id).href}>{backLink(request, release.id).label}</a>
          </p>
          <h1>{t('figure.title')}</h1>
          {release.state !== 'draft' ? (
            <Notice kind="info">{t('release.notDraft')}</Notice>
          ) : (
            <>
              <p>{t('figure.intro', { release: release.title.da })}</p>
              <FieldsForm
                lang={lang}
                action={`/admin/releases/${release.id}/figures`}
                csrfToken={csrfToken}
                specs={fields}
                shown={{ values, errors }}
                submit={t('figure.submit')}
              />
            </>
          )}
        </>
      ),
    });
  }

  app.get('/releases/:id/figures/new', { config }, async (request, reply) => {
    const release = await releaseOf(app, request);
    return send(request, reply, release, { indicator: queryOf(request).indicator ?? '' }, {});
  });

  app.post('/releases/:id/figures', { config }, async (request, reply) => {
    const release = await releaseOf(app, request);
    const lang = signedInUser(request).language;
    const parsed = readForm(request, schema);
    const { values } = parsed;
    if (!parsed.ok) return send(request, reply, release, values, errorTexts(lang, parsed.errors), 400);
    try {
      const report = await enterFigure(app.db, { releaseId: release.id, ...parsed.data }, {}, changeContextOf(request, options.now));
      if (report.problemCount > 0) return send(request, reply, release, values, problemTexts(lang, report.problems), 400);
    } catch (error) {
      // Another administration's indicator (or none at all, for a supplier): the service's rule, shown beside the field.
      if (error instanceof Forbidden) return send(request, reply, release, values, { indicator: t(lang, 'figure.notYours') }, statusOf(error));
      if (error instanceof Conflict) return send(request, reply, release, values, {}, statusOf(error));
      throw error;
    }
    return reply.redirect(`${backHref(request, release.id)}?figure=1`, 303);
  });
}
