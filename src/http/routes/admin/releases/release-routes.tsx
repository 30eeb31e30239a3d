// The releases' list, the form that creates a draft, and one release's page.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { canManageReleases, canPublishRelease } from '../../../../domain/permissions.js';
import { NotFound } from '../../../../services/errors.js';
import { createRelease } from '../../../../services/releases/create.js';
import { listPolicyChoices } from '../../../../services/releases/form-choices.js';
import { listReleasesForAdmin } from '../../../../services/releases/list.js';
import { getReleaseAdminView } from '../../../../services/releases/overview.js';
import type { FieldSpec } from '../../../../views/admin/forms/field-spec.js';
import { FieldsForm } from '../../../../views/admin/forms/fields-form.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import { errorTexts } from '../../../../views/admin/forms/shown-form.js';
import type { FieldErrors } from '../../../../views/admin/forms/shown-form.js';
import { ReleasePage } from '../../../../views/admin/releases/release-page.js';
import { ReleasesListPage } from '../../../../views/admin/releases/releases-list-page.js';
import { optionalText, reference, requiredText } from '../form-schema.js';
import { readForm } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { idParam } from '../route-params.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { queryOf } from './release-access.js';
import type { ReleaseRoutesOptions } from './release-access.js';
import { t, translator } from '../../../../i18n/index.js';
import type { Lang } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

const createSchema = z.object({
  policy: reference({ required: true }),
  title_da: requiredText(200),
  title_en: optionalText(200),
  note_da: optionalText(2000),
  note_en: optionalText(2000),
});

/** Notices a redirect after a change asks for (`?created=1`, `?imported=N`, …). */
function noticeOf(lang: Lang, query: Record<string, string>): string | null {
  const count = (value: string | undefined) => (value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : null);
  if (query.created !== undefined) return t(lang, 'release.created');
  if (count(query.imported) !== null) return t(lang, 'release.imported', { n: count(query.imported)! });
  if (query.figure !== undefined) return t(lang, 'release.figureSaved');
  if (query.missing !== undefined) return t(lang, 'release.missingSaved');
  if (count(query.added) !== null && count(query.revised) !== null)
    return t(lang, 'release.publishedNow', { added: count(query.added)!, revised: count(query.revised)! });
  return null;
}

export function registerReleaseRoutes(app: FastifyInstance, options: ReleaseRoutesOptions): void {
  const config = { allow: canManageReleases };

  app.get('/releases', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const releases = await listReleasesForAdmin(app.db, lang);
    return sendAdminPage(request, reply, {
      title: t(lang, 'releases.title'),
      current: 'releases',
      body: () => <ReleasesListPage lang={lang} releases={releases} />,
    });
  });

  async function sendCreateForm(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldErrors, status = 200) {
    const lang = signedInUser(request).language;
    const t = translator(lang);
    const policies = await listPolicyChoices(app.db, lang);
    const fields: FieldSpec[] = [
      { kind: 'select', name: 'policy', label: t('field.policy'), required: true, options: policies.map((p) => ({ value: String(p.id), label: p.title })) },
      { kind: 'text', name: 'title_da', label: t('field.title_da'), required: true },
      { kind: 'text', name: 'title_en', label: t('field.title_en') },
      { kind: 'textarea', name: 'note_da', label: t('field.note_da') },
      { kind: 'textarea', name: 'note_en', label: t('field.note_en') },
    ];
    return sendAdminPage(request, reply, {
      title: t('create.title'),
      current: 'releases',
      status,
      body: (csrfToken) => (
        <>
          <p>
            <a href="/admin/releases">{t('release.back')}</a>
          </p>
          <h1>{t('create.title')}</h1>
          <p>{t('create.intro')}</p>
          <FieldsForm lang={lang} action="/admin/releases" csrfToken={csrfToken} specs={fields} shown={{ values, errors }} submit={t('create.submit')} />
        </>
      ),
    });
  }

  app.get('/releases/new', { config }, async (request, reply) => {
    const policies = await listPolicyChoices(app.db, signedInUser(request).language);
    const current = policies.find((p) => p.isActive) ?? policies[0];
    return sendCreateForm(request, reply, { policy: current ? String(current.id) : '' }, {});
  });

  app.post('/releases', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const parsed = readForm(request, createSchema);
    const { values } = parsed;
    if (!parsed.ok) return sendCreateForm(request, reply, values, errorTexts(lang, parsed.errors), 400);
    try {
      const release = await createRelease(
        app.db,
        {
          policyId: parsed.data.policy,
          titleDa: parsed.data.title_da,
          titleEn: parsed.data.title_en,
          noteDa: parsed.data.note_da,
          noteEn: parsed.data.note_en,
        },
        changeContextOf(request, options.now),
      );
      return reply.redirect(`/admin/releases/${release.id}?created=1`, 303);
    } catch (error) {
      // The one choice the service can refuse: a policy that does not exist.
      if (error instanceof NotFound) return sendCreateForm(request, reply, values, errorTexts(lang, { policy: { key: 'error.choice' } }), statusOf(error));
      throw error;
    }
  });

  app.get('/releases/:id', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const view = await getReleaseAdminView(app.db, idParam(request.params), lang);
    return sendAdminPage(request, reply, {
      title: view.completeness.release.title,
      current: 'releases',
      body: () => <ReleasePage lang={lang} view={view} notice={noticeOf(lang, queryOf(request))} canPublish={canPublishRelease(signedInUser(request))} />,
    });
  });
}
