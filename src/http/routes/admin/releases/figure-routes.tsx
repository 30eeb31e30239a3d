// The form for one figure at a time: indicator (only those the person may
// deliver), period, group, area, value, flags, note, and the reason when it
// revises a published figure. enterFigure checks it with the import
// pipeline and stages it (with its audit row); each problem comes back
// beside its field, with everything as it was typed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { listAreas, listGroups } from '../../../../db/repositories/organisation.js';
import type { IndicatorRow, ReleaseRow } from '../../../../db/tables.js';
import { canDeliverFigures, canSupplyFigures, isSecretariat } from '../../../../domain/permissions.js';
import type { AdminLang } from '../../../../i18n/admin.js';
import { releaseText } from '../../../../i18n/admin-releases.js';
import type { ReleaseMessageKey } from '../../../../i18n/admin-releases.js';
import type { ImportProblem } from '../../../../importers/problem.js';
import { enterFigure } from '../../../../services/imports/enter-figure.js';
import { Notice } from '../../../../views/admin/form-fields.js';
import type { FormValues } from '../../../../views/admin/form-state.js';
import { ReleaseForm } from '../../../../views/admin/releases/release-fields.js';
import type { FieldDef, FieldErrors } from '../../../../views/admin/releases/release-fields.js';
import { checkbox, code, optionalText, parseForm, requiredText } from '../form-schema.js';
import { sendAdminPage } from '../render-page.js';
import { errorTexts } from './form-errors.js';
import { backHref, backLink, changeContext, queryOf, releaseOf, scopeOf } from './release-access.js';
import type { ReleaseRoutesOptions } from './release-access.js';

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
const TRANSLATED = new Set(['not_a_number', 'nan', 'infinite', 'unknown_indicator', 'unknown_group', 'unknown_area', 'unknown_period', 'wrong_period_type', 'out_of_range', 'missing_value']);

/** The pipeline's problems as texts beside the form's fields. */
function problemTexts(lang: AdminLang, problems: readonly ImportProblem[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const field = problem.column !== null && FIELD_OF_COLUMN.has(problem.column) ? problem.column : 'value';
    if (field in errors) continue;
    const key = (TRANSLATED.has(problem.code) ? `problem.${problem.code}` : 'problem.other') as ReleaseMessageKey;
    errors[field] = releaseText(lang, key, { message: problem.message });
  }
  return errors;
}

function figureFields(lang: AdminLang, indicators: readonly IndicatorRow[], groups: { code: string; name: string }[], areas: { code: string; name: string }[]): FieldDef[] {
  const t = (key: ReleaseMessageKey) => releaseText(lang, key);
  const title = (i: IndicatorRow) => (lang === 'en' ? (i.title_en ?? i.title_da) : i.title_da);
  return [
    { kind: 'select', name: 'indicator', label: t('field.indicator'), required: true, options: indicators.map((i) => ({ value: i.code, label: `${title(i)} (${i.code})` })) },
    { kind: 'text', name: 'period', label: t('field.period'), hint: t('field.period.hint'), required: true },
    { kind: 'select', name: 'group', label: t('field.group'), options: groups.map((g) => ({ value: g.code, label: g.name })), emptyLabel: t('field.group.total') },
    { kind: 'select', name: 'area', label: t('field.area'), options: areas.map((a) => ({ value: a.code, label: a.name })), emptyLabel: t('field.area.default') },
    { kind: 'number', name: 'value', label: t('field.value'), required: true },
    { kind: 'checkbox', name: 'provisional', label: t('field.provisional') },
    { kind: 'checkbox', name: 'estimated', label: t('field.estimated') },
    { kind: 'text', name: 'note', label: t('field.note') },
    { kind: 'textarea', name: 'reason', label: t('field.reason'), hint: t('field.reason.hint') },
  ];
}

export function registerFigureRoutes(app: FastifyInstance, options: ReleaseRoutesOptions): void {
  const config = { allow: canSupplyFigures };

  async function send(request: FastifyRequest, reply: FastifyReply, release: ReleaseRow, values: FormValues, errors: FieldErrors, status = 200) {
    const lang = request.user!.language;
    const t = (key: ReleaseMessageKey, v?: Record<string, string | number>) => releaseText(lang, key, v);
    const [scope, groups, areas] = await Promise.all([scopeOf(app, request, release), listGroups(app.db), listAreas(app.db)]);
    const named = (rows: { code: string; name_da: string; name_en: string | null }[]) => rows.map((r) => ({ code: r.code, name: lang === 'en' ? (r.name_en ?? r.name_da) : r.name_da }));
    const fields = figureFields(lang, scope.indicators, named(groups), named(areas));
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
              <p>{t('figure.intro', { release: release.title_da })}</p>
              <ReleaseForm lang={lang} action={`/admin/releases/${release.id}/figures`} csrfToken={csrfToken} fields={fields} values={values} errors={errors} submit={t('figure.submit')} />
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
    const lang = request.user!.language;
    const values = (request.body ?? {}) as FormValues;
    const parsed = parseForm(schema, request.body);
    if (!parsed.ok) return send(request, reply, release, values, errorTexts(lang, parsed.errors), 400);
    if (release.state !== 'draft') return send(request, reply, release, values, {}, 409);
    const scope = await scopeOf(app, request, release);
    const indicator = scope.indicators.find((i) => i.code === parsed.data.indicator);
    // Not in the scope: another administration's indicator (or none at all); the predicate decides.
    if (!indicator || !canDeliverFigures(request.user!, { dataOwnerId: indicator.data_owner_id })) {
      const known = indicator !== undefined || isSecretariat(request.user!);
      return send(request, reply, release, values, { indicator: releaseText(lang, known ? 'problem.unknown_indicator' : 'figure.notYours') }, known ? 400 : 403);
    }
    const report = await enterFigure(app.db, { releaseId: release.id, ...parsed.data }, {}, changeContext(request, options));
    if (report.problemCount > 0) return send(request, reply, release, values, problemTexts(lang, report.problems), 400);
    return reply.redirect(`${backHref(request, release.id)}?figure=1`, 303);
  });
}
