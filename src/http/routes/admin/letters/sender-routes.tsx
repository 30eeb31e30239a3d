// /admin/letters/sender: the sender as the letters show it, and the logo,
// uploaded here through the one upload reader (src/http/uploads).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canEditLetterTemplates } from '../../../../domain/permissions.js';
import { Invalid } from '../../../../services/errors.js';
import { MAX_LOGO_BYTES, getLetterSender, removeLetterLogo, saveLetterLogo } from '../../../../services/letters/letter-logo.js';
import { SenderPage } from '../../../../views/admin/letters/sender-page.js';
import { formText } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { uploadedFile } from '../../../uploads/uploaded-files.js';
import { t } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

export async function registerSenderRoutes(app: FastifyInstance, options: { now: () => Date }): Promise<void> {
  const config = { allow: canEditLetterTemplates };

  async function send(
    request: FastifyRequest,
    reply: FastifyReply,
    shown: { notice: { kind: 'success' | 'error'; text: string } | null; description?: string },
    status = 200,
  ) {
    const lang = signedInUser(request).language;
    const sender = await getLetterSender(app.db, lang);
    return sendAdminPage(request, reply, {
      title: t(lang, 'letters.sender'),
      current: 'letters',
      status,
      body: (csrfToken) => (
        <SenderPage
          lang={lang}
          csrfToken={csrfToken}
          sender={sender}
          logo={sender.logo}
          notice={shown.notice}
          descriptionValue={shown.description ?? sender.logo?.description ?? ''}
        />
      ),
    });
  }

  app.get('/letters/sender', { config }, async (request, reply) => {
    const saved = (request.query as Record<string, unknown>).saved !== undefined;
    return send(request, reply, { notice: saved ? { kind: 'success', text: t(signedInUser(request).language, 'letters.saved') } : null });
  });

  app.post('/letters/sender/logo/delete', { config }, async (request, reply) => {
    await removeLetterLogo(app.db, changeContextOf(request, options.now));
    return reply.redirect('/admin/letters/sender?saved=1', 303);
  });

  app.post('/letters/sender/logo', { config: { ...config, upload: { files: { logo: MAX_LOGO_BYTES } } } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const description = formText(request, 'description');
    const upload = uploadedFile(request, 'logo');
    const refused = { kind: 'error' as const, text: t(lang, 'letters.logo.invalid') };
    if (!upload || upload.tooLarge) return send(request, reply, { notice: refused, description }, upload ? 413 : 400);
    try {
      await saveLetterLogo(app.db, { content: upload.bytes, description }, changeContextOf(request, options.now));
    } catch (error) {
      if (error instanceof Invalid) return send(request, reply, { notice: refused, description }, statusOf(error));
      throw error;
    }
    return reply.redirect('/admin/letters/sender?saved=1', 303);
  });
}
