// GET/POST /admin/settings: names, the sender of letters, the accessibility
// statement and the contact, for administrators. The form carries a
// fingerprint of what it showed, so a change made meanwhile is not lost.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { canEditSettings } from '../../../domain/permissions.js';
import { adminText } from '../../../i18n/admin.js';
import { StaleEdit } from '../../../services/admin/edit-errors.js';
import { readEditableSettings, saveSettings } from '../../../services/admin/settings-editing.js';
import type { EditableSettings } from '../../../services/admin/settings-editing.js';
import type { SiteSettings } from '../../../services/site-settings.js';
import { EditPage } from '../../../views/admin/edit-page.js';
import type { FieldError, FieldSpec, FormValues } from '../../../views/admin/form-state.js';
import { email, optionalText, parseForm, requiredText, webAddress } from './form-schema.js';
import { sendAdminPage } from './render-page.js';

const schema: z.ZodType<EditableSettings> = z.object({
  municipality_name_da: requiredText(200),
  municipality_name_en: requiredText(200),
  barometer_name_da: requiredText(200),
  barometer_name_en: requiredText(200),
  letter_sender_da: optionalText(300),
  letter_sender_en: optionalText(300),
  letter_sender_title_da: optionalText(300),
  letter_sender_title_en: optionalText(300),
  letter_sender_address: optionalText(1000),
  accessibility_statement_url: webAddress({ required: false }),
  contact_email: email({ required: false }),
  contact_text_da: optionalText(2000),
  contact_text_en: optionalText(2000),
});

const SPECS: readonly FieldSpec[] = [
  { kind: 'text', name: 'municipality_name_da', label: 'field.municipality_name_da', required: true },
  { kind: 'text', name: 'municipality_name_en', label: 'field.municipality_name_en', required: true },
  { kind: 'text', name: 'barometer_name_da', label: 'field.barometer_name_da', required: true },
  { kind: 'text', name: 'barometer_name_en', label: 'field.barometer_name_en', required: true },
  { kind: 'text', name: 'letter_sender_da', label: 'field.letter_sender_da' },
  { kind: 'text', name: 'letter_sender_en', label: 'field.letter_sender_en' },
  { kind: 'text', name: 'letter_sender_title_da', label: 'field.letter_sender_title_da' },
  { kind: 'text', name: 'letter_sender_title_en', label: 'field.letter_sender_title_en' },
  { kind: 'textarea', name: 'letter_sender_address', label: 'field.letter_sender_address' },
  { kind: 'url', name: 'accessibility_statement_url', label: 'field.accessibility_statement_url' },
  { kind: 'email', name: 'contact_email', label: 'field.contact_email' },
  { kind: 'textarea', name: 'contact_text_da', label: 'field.contact_text_da' },
  { kind: 'textarea', name: 'contact_text_en', label: 'field.contact_text_en' },
];

function toForm(settings: SiteSettings): FormValues {
  return Object.fromEntries(SPECS.map((spec) => [spec.name, String(settings[spec.name as keyof SiteSettings] ?? '')]));
}

interface Shown {
  values: FormValues;
  fingerprint: string;
  errors?: Record<string, FieldError>;
  notice?: 'saved' | 'stale';
  savedNow?: FormValues;
}

export async function registerSettingsRoutes(app: FastifyInstance, options: { now: () => Date }): Promise<void> {
  const config = { allow: canEditSettings };

  function send(request: FastifyRequest, reply: FastifyReply, shown: Shown, status = 200) {
    const lang = request.user!.language;
    return sendAdminPage(request, reply, {
      title: adminText(lang, 'settings.title'),
      current: 'settings',
      status,
      body: (csrfToken) => (
        <EditPage
          lang={lang}
          title={adminText(lang, 'settings.title')}
          intro={adminText(lang, 'settings.intro')}
          action="/admin/settings"
          csrfToken={csrfToken}
          specs={SPECS}
          state={{ values: shown.values, errors: shown.errors ?? {} }}
          hidden={{ fingerprint: shown.fingerprint }}
          submitLabel="form.save"
          notice={shown.notice === 'saved' ? { kind: 'success', text: adminText(lang, 'form.saved') } : shown.notice === 'stale' ? { kind: 'error', text: adminText(lang, 'error.stale') } : null}
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
    const values = request.body as FormValues;
    const fingerprint = typeof values.fingerprint === 'string' ? values.fingerprint : '';
    const parsed = parseForm(schema, request.body);
    if (!parsed.ok) return send(request, reply, { values, fingerprint, errors: parsed.errors }, 400);
    try {
      await saveSettings(app.db, fingerprint, parsed.data, { actor: request.user!, now: options.now() });
      return reply.redirect('/admin/settings?saved=1', 303);
    } catch (error) {
      if (!(error instanceof StaleEdit)) throw error;
      const current = await readEditableSettings(app.db);
      return send(request, reply, { values, fingerprint: current.fingerprint, notice: 'stale', savedNow: toForm(current.settings) }, 409);
    }
  });
}
