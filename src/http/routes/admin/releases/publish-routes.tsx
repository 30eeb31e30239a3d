// Publishing a draft, for the secretariat, in two steps: a page that says
// what will happen (completeness, figures, unexplained gaps) with a box to
// tick, then publishRelease in one transaction. The public pages' cache is
// keyed on the data version, so the next public request shows the figures.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { canPublishRelease } from '../../../../domain/permissions.js';
import { Conflict, Invalid } from '../../../../services/errors.js';
import { getReleaseCompleteness } from '../../../../services/releases/completeness.js';
import { publishRelease } from '../../../../services/releases/publish.js';
import type { Release } from '../../../../services/releases/release-model.js';
import type { FieldSpec } from '../../../../views/admin/forms/field-spec.js';
import { FieldsForm } from '../../../../views/admin/forms/fields-form.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import { Notice } from '../../../../views/admin/forms/notice.js';
import { errorTexts } from '../../../../views/admin/forms/shown-form.js';
import type { FieldErrors } from '../../../../views/admin/forms/shown-form.js';
import { checkbox, isoDate } from '../form-schema.js';
import { readForm } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { releaseOf } from './release-access.js';
import type { ReleaseRoutesOptions } from './release-access.js';
import { t, translator } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

const schema = z.object({ published_on: isoDate({ required: false }), confirm: checkbox() });

export function registerPublishRoutes(app: FastifyInstance, options: ReleaseRoutesOptions): void {
  const config = { allow: canPublishRelease };

  async function send(
    request: FastifyRequest,
    reply: FastifyReply,
    release: Release,
    values: FormValues,
    errors: FieldErrors,
    refused: string | null,
    status = 200,
  ) {
    const lang = signedInUser(request).language;
    const t = translator(lang);
    const completeness = await getReleaseCompleteness(app.db, release.id, lang);
    const figures = completeness.present.reduce((sum, p) => sum + p.figures, 0);
    const unexplained = completeness.missing.filter((m) => !m.explained).length;
    const fields: FieldSpec[] = [
      { kind: 'date', name: 'published_on', label: t('field.published_on'), hint: t('field.published_on.hint') },
      { kind: 'checkbox', name: 'confirm', label: t('field.confirm'), required: true },
    ];
    const title = t('publish.title', { release: completeness.release.title });
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
          {refused && <Notice kind="error">{t('publish.refused', { reason: refused })}</Notice>}
          {release.state !== 'draft' ? (
            <Notice kind="info">{t('release.isPublished', { date: release.publishedOn ?? '' })}</Notice>
          ) : (
            <>
              <p>{t('publish.intro')}</p>
              <p>{t('publish.summary', { n: completeness.withFigure, m: completeness.total, figures })}</p>
              {unexplained > 0 && <Notice kind="warning">{t('publish.unexplained', { n: unexplained })}</Notice>}
              <p>
                <a href={`/admin/releases/${release.id}/preview`}>{t('release.preview')}</a>
              </p>
              <FieldsForm
                lang={lang}
                action={`/admin/releases/${release.id}/publish`}
                csrfToken={csrfToken}
                specs={fields}
                shown={{ values, errors }}
                submit={t('publish.submit')}
              />
            </>
          )}
        </>
      ),
    });
  }

  app.get('/releases/:id/publish', { config }, async (request, reply) => send(request, reply, await releaseOf(app, request), {}, {}, null));

  app.post('/releases/:id/publish', { config }, async (request, reply) => {
    const release = await releaseOf(app, request);
    const lang = signedInUser(request).language;
    const parsed = readForm(request, schema);
    const { values } = parsed;
    if (!parsed.ok) return send(request, reply, release, values, errorTexts(lang, parsed.errors), null, 400);
    if (!parsed.data.confirm) return send(request, reply, release, values, { confirm: t(lang, 'error.confirm') }, null, 400);
    try {
      const result = await publishRelease(app.db, release.id, { publishedOn: parsed.data.published_on ?? undefined }, changeContextOf(request, options.now));
      return reply.redirect(`/admin/releases/${release.id}?added=${result.added}&revised=${result.revised}`, 303);
    } catch (error) {
      if (error instanceof Conflict || error instanceof Invalid) {
        return send(request, reply, await releaseOf(app, request), values, {}, error.messageIn(lang), statusOf(error));
      }
      throw error;
    }
  });
}
