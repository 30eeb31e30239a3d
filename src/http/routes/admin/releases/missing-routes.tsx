// The form that records, for an indicator without a new figure in a draft,
// why it is missing, which administration owes it, since when and when it
// is expected (recordMissingFigure, which checks the choices and writes the
// audit row). The indicator is chosen among those still missing;
// `?indicator=` preselects it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { canManageReleases } from '../../../../domain/permissions.js';
import { FieldProblem } from '../../../../services/admin/edit-errors.js';
import { Conflict } from '../../../../services/errors.js';
import { getReleaseCompleteness } from '../../../../services/releases/completeness.js';
import { listAdministrationChoices } from '../../../../services/releases/form-choices.js';
import { getMissingFigureNoteDraft, recordMissingFigure } from '../../../../services/releases/missing.js';
import type { Release } from '../../../../services/releases/release-model.js';
import type { FieldSpec } from '../../../../views/admin/forms/field-spec.js';
import { FieldsForm } from '../../../../views/admin/forms/fields-form.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import { Notice } from '../../../../views/admin/forms/notice.js';
import { errorTexts } from '../../../../views/admin/forms/shown-form.js';
import type { FieldErrors } from '../../../../views/admin/forms/shown-form.js';
import { code, optionalText, problemOf, reference } from '../form-schema.js';
import { readForm } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { queryOf, releaseOf } from './release-access.js';
import type { ReleaseRoutesOptions } from './release-access.js';
import { t, translator } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

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

  async function send(request: FastifyRequest, reply: FastifyReply, release: Release, values: FormValues, errors: FieldErrors, status = 200) {
    const lang = signedInUser(request).language;
    const t = translator(lang);
    const [completeness, administrations] = await Promise.all([getReleaseCompleteness(app.db, release.id, lang), listAdministrationChoices(app.db, lang)]);
    const chosen = completeness.missing.find((m) => m.code === values.indicator);
    const fields: FieldSpec[] = [
      {
        kind: 'select',
        name: 'indicator',
        label: t('field.indicator'),
        required: true,
        options: completeness.missing.map((m) => ({ value: m.code, label: `${m.title} (${m.code})` })),
      },
      {
        kind: 'select',
        name: 'administration',
        label: t('figures.field.administration'),
        options: administrations.map((a) => ({ value: String(a.id), label: a.name })),
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
            <Notice kind="info">{t('release.isPublished', { date: release.publishedOn ?? '' })}</Notice>
          ) : completeness.missing.length === 0 ? (
            <p>{t('release.noneMissing')}</p>
          ) : (
            <>
              <p>{t('missing.intro')}</p>
              <FieldsForm
                lang={lang}
                action={`/admin/releases/${release.id}/missing`}
                csrfToken={csrfToken}
                specs={fields}
                shown={{ values, errors }}
                submit={t('missing.submit')}
              />
            </>
          )}
        </>
      ),
    });
  }

  app.get('/releases/:id/missing', { config }, async (request, reply) => {
    const release = await releaseOf(app, request);
    const note = await getMissingFigureNoteDraft(app.db, release.id, queryOf(request).indicator ?? '');
    const values: FormValues = {
      indicator: note.indicatorCode,
      administration: String(note.administrationId ?? ''),
      missing_since: note.missingSince ?? '',
      reason_da: note.reasonDa ?? '',
      reason_en: note.reasonEn ?? '',
      expected_da: note.expectedDa ?? '',
      expected_en: note.expectedEn ?? '',
    };
    return send(request, reply, release, values, {});
  });

  app.post('/releases/:id/missing', { config }, async (request, reply) => {
    const release = await releaseOf(app, request);
    const lang = signedInUser(request).language;
    const parsed = readForm(request, schema);
    const { values } = parsed;
    if (!parsed.ok) return send(request, reply, release, values, errorTexts(lang, parsed.errors), 400);
    try {
      await recordMissingFigure(
        app.db,
        release.id,
        {
          indicatorCode: parsed.data.indicator,
          administrationId: parsed.data.administration,
          missingSince: parsed.data.missing_since,
          reasonDa: parsed.data.reason_da,
          reasonEn: parsed.data.reason_en,
          expectedDa: parsed.data.expected_da,
          expectedEn: parsed.data.expected_en,
        },
        changeContextOf(request, options.now),
      );
    } catch (error) {
      if (error instanceof Conflict) return send(request, reply, release, values, {}, statusOf(error));
      if (!(error instanceof FieldProblem)) throw error;
      // An indicator of another policy, or one with figures in the draft, is "not missing" to the reader.
      const errors = error.field === 'indicator' ? { indicator: t(lang, 'missing.notMissing') } : errorTexts(lang, problemOf(error));
      return send(request, reply, release, values, errors, statusOf(error));
    }
    return reply.redirect(`/admin/releases/${release.id}?missing=1#completeness`, 303);
  });
}
