// /admin/letters/templates: administrators change the wording of the
// letters, one section at a time. A template with a placeholder the section
// does not have is refused, with the reason beside the text as typed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { defaultTemplate, findSection } from '../../../../domain/letters/letter-sections.js';
import { LETTER_KINDS } from '../../../../domain/letters/view-models.js';
import type { LetterKind } from '../../../../domain/letters/view-models.js';
import { canEditLetterTemplates } from '../../../../domain/permissions.js';
import { Conflict } from '../../../../services/errors.js';
import { TemplateRefused, listSectionTemplates, saveSectionTemplate } from '../../../../services/letters/letter-templates.js';
import { TemplatesPage } from '../../../../views/admin/letters/templates-page.js';
import { formValues } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { t } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

const kindOf = (value: unknown): LetterKind => ((LETTER_KINDS as readonly unknown[]).includes(value) ? (value as LetterKind) : 'orientation');
const langOf = (value: unknown): 'da' | 'en' => (value === 'en' ? 'en' : 'da');

export function registerTemplateRoutes(app: FastifyInstance, options: { now: () => Date }): void {
  const config = { allow: canEditLetterTemplates };

  async function send(
    request: FastifyRequest,
    reply: FastifyReply,
    kind: LetterKind,
    templateLang: 'da' | 'en',
    extra: { refused?: { key: string; body: string; problem: string }; savedKey?: string },
    status = 200,
  ) {
    const lang = signedInUser(request).language;
    const sections = await listSectionTemplates(app.db, kind, templateLang);
    return sendAdminPage(request, reply, {
      title: t(lang, 'letters.templates'),
      current: 'letters',
      status,
      body: (csrfToken) => (
        <TemplatesPage
          lang={lang}
          csrfToken={csrfToken}
          kind={kind}
          templateLang={templateLang}
          sections={sections}
          refused={extra.refused ?? null}
          savedKey={extra.savedKey ?? null}
        />
      ),
    });
  }

  app.get('/letters/templates', { config }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const saved = typeof query.saved === 'string' ? query.saved : undefined;
    return send(request, reply, kindOf(query.kind), langOf(query.lang), { savedKey: saved });
  });

  app.post('/letters/templates', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const body = formValues(request);
    const kind = kindOf(body.kind);
    const templateLang = langOf(body.lang);
    const key = typeof body.key === 'string' ? body.key : '';
    // "Use the default wording" sends the form with reset=1: the default replaces what is stored.
    const text = body.reset === '1' && findSection(kind, key) ? defaultTemplate(kind, templateLang, key) : typeof body.body === 'string' ? body.body : '';
    const version = Number(body.version);
    if (!findSection(kind, key) || !Number.isInteger(version)) {
      return send(request, reply, kind, templateLang, { refused: { key: key || '–', body: text, problem: t(lang, 'letters.error.formIncomplete') } }, 400);
    }
    try {
      await saveSectionTemplate(app.db, { kind, lang: templateLang, key, body: text, version }, changeContextOf(request, options.now));
      return reply.redirect(`/admin/letters/templates?kind=${kind}&lang=${templateLang}&saved=${encodeURIComponent(key)}#section-${key}`, 303);
    } catch (error) {
      if (error instanceof TemplateRefused) {
        return send(request, reply, kind, templateLang, { refused: { key, body: text, problem: error.messageIn(lang) } }, statusOf(error));
      }
      if (error instanceof Conflict) {
        return send(request, reply, kind, templateLang, { refused: { key, body: text, problem: t(lang, 'letters.error.stale') } }, statusOf(error));
      }
      throw error;
    }
  });
}
