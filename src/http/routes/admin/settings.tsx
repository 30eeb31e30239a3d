// GET/POST /admin/settings: names, the accessibility statement and the
// contact, for administrators (the letters' sender has its own page). The form carries a
// fingerprint of what it showed, so a change made meanwhile is not lost.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { canEditSettings } from '../../../domain/permissions.js';
import { StaleEdit } from '../../../services/admin/edit-errors.js';
import { readEditableSettings, saveSettings } from '../../../services/admin/settings-editing.js';
import type { EditableSettings } from '../../../services/admin/settings-editing.js';
import { EditPage } from '../../../views/admin/edit-page.js';
import type { FieldSpec } from '../../../views/admin/forms/field-spec.js';
import type { FormValues } from '../../../views/admin/forms/form-values.js';
import type { FieldError } from '../../../views/admin/forms/shown-form.js';
import { email, optionalText, requiredText, webAddress } from './form-schema.js';
import { formText, readForm } from './read-form.js';
import { sendAdminPage } from './render-page.js';
import { changeContextOf, signedInUser } from '../../signed-in.js';
import { t, translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';

const schema: z.ZodType<EditableSettings> = z.object({
  municipality_name_da: requiredText(200),
  municipality_name_en: requiredText(200),
  barometer_name_da: requiredText(200),
  barometer_name_en: requiredText(200),
  accessibility_statement_url: webAddress({ required: false }),
  contact_email: email({ required: false }),
  contact_text_da: optionalText(2000),
  contact_text_en: optionalText(2000),
});

function settingsSpecs(lang: Lang): readonly FieldSpec[] {
  const t = translator(lang);
  return [
    { kind: 'text', name: 'municipality_name_da', label: t('field.municipality_name_da'), required: true },
    { kind: 'text', name: 'municipality_name_en', label: t('field.municipality_name_en'), required: true },
    { kind: 'text', name: 'barometer_name_da', label: t('field.barometer_name_da'), required: true },
    { kind: 'text', name: 'barometer_name_en', label: t('field.barometer_name_en'), required: true },
    { kind: 'url', name: 'accessibility_statement_url', label: t('field.accessibility_statement_url') },
    { kind: 'email', name: 'contact_email', label: t('field.contact_email') },
    { kind: 'textarea', name: 'contact_text_da', label: t('field.contact_text_da') },
    { kind: 'textarea', name: 'contact_text_en', label: t('field.contact_text_en') },
  ];
}

function toForm(settings: EditableSettings): FormValues {
  // The names are the same in every language.
  return Object.fromEntries(settingsSpecs('da').map((spec) => [spec.name, String(settings[spec.name as keyof EditableSettings] ?? '')]));
}

interface SettingsFormState {
  values: FormValues;
  fingerprint: string;
  errors?: Record<string, FieldError>;
  notice?: 'saved' | 'stale';
  savedNow?: FormValues;
}

export async function registerSettingsRoutes(app: FastifyInstance, options: { now: () => Date }): Promise<void> {
  const config = { allow: canEditSettings };

  function send(request: FastifyRequest, reply: FastifyReply, shown: SettingsFormState, status = 200) {
    const lang = signedInUser(request).language;
    return sendAdminPage(request, reply, {
      title: t(lang, 'settings.title'),
      current: 'settings',
      status,
      body: (csrfToken) => (
        <EditPage
          lang={lang}
          title={t(lang, 'settings.title')}
          intro={t(lang, 'settings.intro')}
          action="/admin/settings"
          csrfToken={csrfToken}
          specs={settingsSpecs(lang)}
          state={{ values: shown.values, errors: shown.errors ?? {} }}
          hidden={{ fingerprint: shown.fingerprint }}
          submitLabel="form.save"
          notice={
            shown.notice === 'saved'
              ? { kind: 'success', text: t(lang, 'form.saved') }
              : shown.notice === 'stale'
                ? { kind: 'error', text: t(lang, 'error.stale') }
                : null
          }
          savedNow={shown.savedNow ?? null}
        />
      ),
    });
  }

  app.get('/settings', { config }, async (request, reply) => {
    const { settings, fingerprint } = await readEditableSettings(app.db);
    const saved = (request.query as Record<string, unknown> | undefined)?.saved !== undefined;
    return send(request, reply, { values: toForm(settings), fingerprint, notice: saved ? 'saved' : undefined });
  });

  app.post('/settings', { config }, async (request, reply) => {
    const parsed = readForm(request, schema);
    const { values } = parsed;
    const fingerprint = formText(request, 'fingerprint');
    if (!parsed.ok) return send(request, reply, { values, fingerprint, errors: parsed.errors }, 400);
    try {
      await saveSettings(app.db, fingerprint, parsed.data, changeContextOf(request, options.now));
      return reply.redirect('/admin/settings?saved=1', 303);
    } catch (error) {
      if (!(error instanceof StaleEdit)) throw error;
      const current = await readEditableSettings(app.db);
      return send(request, reply, { values, fingerprint: current.fingerprint, notice: 'stale', savedNow: toForm(current.settings) }, 409);
    }
  });
}
