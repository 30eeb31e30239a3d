// /admin/letters/sender/details: the sender's details as the letters print
// them (name, title, administration, address, phone, e-mail, signatory, the
// barometer's address, the sending committee), for administrators. Kept
// apart from the logo upload on the sender page; the form carries a
// fingerprint of what it showed, so a change made meanwhile is not lost.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { canEditLetterTemplates } from '../../../../domain/permissions.js';
import { StaleEdit } from '../../../../services/admin/edit-errors.js';
import { loadLetterChoices } from '../../../../services/letters/letter-choices.js';
import { LETTER_SENDER_KEYS, readLetterSenderSettings, saveLetterSenderSettings } from '../../../../services/letters/letter-sender-settings.js';
import type { LetterSenderSettings } from '../../../../services/letters/letter-sender-settings.js';
import { EditPage } from '../../../../views/admin/edit-page.js';
import { senderDetailSpecs } from '../../../../views/admin/letters/sender-details-fields.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import type { FieldError } from '../../../../views/admin/forms/shown-form.js';
import { email, optionalText } from '../form-schema.js';
import { formText, readForm } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { t } from '../../../../i18n/index.js';

const PATH = '/admin/letters/sender/details';

const schema: z.ZodType<LetterSenderSettings> = z.object({
  letter_sender_da: optionalText(300),
  letter_sender_en: optionalText(300),
  letter_sender_title_da: optionalText(300),
  letter_sender_title_en: optionalText(300),
  letter_administration_da: optionalText(300),
  letter_administration_en: optionalText(300),
  letter_sender_address: optionalText(1000),
  letter_sender_phone: optionalText(60),
  letter_sender_email: email({ required: false }),
  letter_signatory_name: optionalText(200),
  letter_signatory_title_da: optionalText(300),
  letter_signatory_title_en: optionalText(300),
  letter_barometer_address: optionalText(300),
  letter_sending_committee: optionalText(60),
});

const toForm = (settings: LetterSenderSettings): FormValues => Object.fromEntries(LETTER_SENDER_KEYS.map((key) => [key, settings[key] ?? '']));

interface Shown {
  values: FormValues;
  fingerprint: string;
  errors?: Record<string, FieldError>;
  notice?: 'saved' | 'stale';
  savedNow?: FormValues;
}

export function registerSenderDetailRoutes(app: FastifyInstance, options: { now: () => Date }): void {
  const config = { allow: canEditLetterTemplates };

  async function send(request: FastifyRequest, reply: FastifyReply, shown: Shown, status = 200) {
    const lang = signedInUser(request).language;
    const committees = (await loadLetterChoices(app.db, lang)).committees.map((c) => ({ value: c.code, label: c.name }));
    return sendAdminPage(request, reply, {
      title: t(lang, 'letters.senderDetails'),
      current: 'letters',
      status,
      body: (csrfToken) => (
        <EditPage
          lang={lang}
          title={t(lang, 'letters.senderDetails')}
          intro={t(lang, 'letters.senderDetailsIntro')}
          action={PATH}
          csrfToken={csrfToken}
          specs={senderDetailSpecs(lang, committees)}
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
          backHref="/admin/letters/sender"
        />
      ),
    });
  }

  app.get('/letters/sender/details', { config }, async (request, reply) => {
    const { settings, fingerprint } = await readLetterSenderSettings(app.db);
    const saved = (request.query as Record<string, unknown> | undefined)?.saved !== undefined;
    return send(request, reply, { values: toForm(settings), fingerprint, notice: saved ? 'saved' : undefined });
  });

  app.post('/letters/sender/details', { config }, async (request, reply) => {
    const parsed = readForm(request, schema);
    const fingerprint = formText(request, 'fingerprint');
    if (!parsed.ok) return send(request, reply, { values: parsed.values, fingerprint, errors: parsed.errors }, 400);
    try {
      await saveLetterSenderSettings(app.db, fingerprint, parsed.data, changeContextOf(request, options.now));
      return reply.redirect(`${PATH}?saved=1`, 303);
    } catch (error) {
      if (!(error instanceof StaleEdit)) throw error;
      const current = await readLetterSenderSettings(app.db);
      return send(request, reply, { values: parsed.values, fingerprint: current.fingerprint, notice: 'stale', savedNow: toForm(current.settings) }, 409);
    }
  });
}
