// The form that records, for an indicator without a new figure in a draft,
// why it is missing, which administration owes it, since when and when it
// is expected (recordMissingFigure, which writes the audit row). The
// indicator is chosen among those still missing; `?indicator=` preselects it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { listIndicatorsForPolicy } from '../../../../db/repositories/indicators.js';
import { listAdministrations } from '../../../../db/repositories/organisation.js';
import { listReleaseMissing } from '../../../../db/repositories/releases.js';
import type { ReleaseRow } from '../../../../db/tables.js';
import { canManageReleases } from '../../../../domain/permissions.js';
import { releaseText } from '../../../../i18n/admin-releases.js';
import type { ReleaseMessageKey } from '../../../../i18n/admin-releases.js';
import { getReleaseCompleteness } from '../../../../services/imports/release-completeness.js';
import { recordMissingFigure } from '../../../../services/releases.js';
import { Notice } from '../../../../views/admin/form-fields.js';
import type { FormValues } from '../../../../views/admin/form-state.js';
import { ReleaseForm } from '../../../../views/admin/releases/release-fields.js';
import type { FieldDef, FieldErrors } from '../../../../views/admin/releases/release-fields.js';
import { code, optionalText, parseForm, reference } from '../form-schema.js';
import { sendAdminPage } from '../render-page.js';
import { errorTexts } from './form-errors.js';
import { changeContext, queryOf, releaseOf } from './release-access.js';
import type { ReleaseRoutesOptions } from './release-access.js';

const schema = z.object({
  indicator: code(),
  administration: reference({ required: false }),
  missing_since: optionalText(40),
  reason_da: optionalText(1000),
  reason_en: optionalText(1000),
  expected_da: optionalText(200),
  expected_en: optionalText(200),
});

export function registerMissingRoutes(app: FastifyInstance, options: ReleaseRoutesOptions): void {
  const config = { allow: canManageReleases };

  async function send(request: FastifyRequest, reply: FastifyReply, release: ReleaseRow, values: FormValues, errors: FieldErrors, status = 200) {
    const lang = request.user!.language;
    const t = (key: ReleaseMessageKey, v?: Record<string, string | number>) => releaseText(lang, key, v);
    const [completeness, administrations] = await Promise.all([getReleaseCompleteness(app.db, release.id, lang), listAdministrations(app.db)]);
    const chosen = completeness.missing.find((m) => m.code === values.indicator);
    const fields: FieldDef[] = [
      { kind: 'select', name: 'indicator', label: t('field.indicator'), required: true, options: completeness.missing.map((m) => ({ value: m.code, label: `${m.title} (${m.code})` })) },
      {
        kind: 'select',
        name: 'administration',
        label: t('figures.field.administration'),
        options: administrations.map((a) => ({ value: String(a.id), label: lang === 'en' ? (a.name_en ?? a.name_da) : a.name_da })),
        emptyLabel: '–',
      },
      { kind: 'text', name: 'missing_since', label: t('field.missing_since'), hint: t('field.missing_since.hint') },
      { kind: 'textarea', name: 'reason_da', label: t('field.reason_da') },
      { kind: 'textarea', name: 'reason_en', label: t('field.reason_en') },
      { kind: 'text', name: 'expected_da', label: t('field.expected_da'), hint: t('field.expected.hint') },
      { kind: 'text', name: 'expected_en', label: t('field.expected_en') },
    ];
    const title = t('missing.title', { indicator: chosen?.title ?? completeness.release.title });
    const isDraft = release.state === 'draft';
    return sendAdminPage(request, reply, {
      title,
      current: 'releases',
      status,
      body: (csrfToken) => (
        <>
          <p>
            <a href={`/admin/releases/${release.id}`}>{t('release.backToRelease')}</a>
          </p>
          <h1>{title}</h1>
          {!isDraft ? (
            <Notice kind="info">{t('release.isPublished', { date: release.published_on ?? '' })}</Notice>
          ) : completeness.missing.length === 0 ? (
            <p>{t('release.noneMissing')}</p>
          ) : (
            <>
              <p>{t('missing.intro')}</p>
              <ReleaseForm lang={lang} action={`/admin/releases/${release.id}/missing`} csrfToken={csrfToken} fields={fields} values={values} errors={errors} submit={t('missing.submit')} />
            </>
          )}
        </>
      ),
    });
  }

  app.get('/releases/:id/missing', { config }, async (request, reply) => {
    const release = await releaseOf(app, request);
    const code = queryOf(request).indicator ?? '';
    const indicator = (await listIndicatorsForPolicy(app.db, release.policy_id)).find((i) => i.code === code);
    const recorded = indicator ? (await listReleaseMissing(app.db, release.id)).find((m) => m.indicator_id === indicator.id) : undefined;
    const values: FormValues = {
      indicator: code,
      administration: String(recorded?.administration_id ?? indicator?.data_owner_id ?? ''),
      missing_since: recorded?.missing_since ?? '',
      reason_da: recorded?.reason_da ?? '',
      reason_en: recorded?.reason_en ?? '',
      expected_da: recorded?.expected_da ?? '',
      expected_en: recorded?.expected_en ?? '',
    };
    return send(request, reply, release, values, {});
  });

  app.post('/releases/:id/missing', { config }, async (request, reply) => {
    const release = await releaseOf(app, request);
    const lang = request.user!.language;
    const values = (request.body ?? {}) as FormValues;
    const parsed = parseForm(schema, request.body);
    if (!parsed.ok) return send(request, reply, release, values, errorTexts(lang, parsed.errors), 400);
    if (release.state !== 'draft') return send(request, reply, release, values, {}, 409);
    const completeness = await getReleaseCompleteness(app.db, release.id, lang);
    const indicator = (await listIndicatorsForPolicy(app.db, release.policy_id)).find((i) => i.code === parsed.data.indicator);
    if (!indicator || !completeness.missing.some((m) => m.code === indicator.code)) {
      return send(request, reply, release, values, { indicator: releaseText(lang, 'missing.notMissing') }, 400);
    }
    const administrations = await listAdministrations(app.db);
    if (parsed.data.administration !== null && !administrations.some((a) => a.id === parsed.data.administration)) {
      return send(request, reply, release, values, errorTexts(lang, { administration: { key: 'error.choice' } }), 400);
    }
    await recordMissingFigure(
      app.db,
      release.id,
      {
        indicatorId: indicator.id,
        administrationId: parsed.data.administration,
        missingSince: parsed.data.missing_since,
        reasonDa: parsed.data.reason_da,
        reasonEn: parsed.data.reason_en,
        expectedDa: parsed.data.expected_da,
        expectedEn: parsed.data.expected_en,
      },
      changeContext(request, options),
    );
    return reply.redirect(`/admin/releases/${release.id}?missing=1#completeness`, 303);
  });
}
