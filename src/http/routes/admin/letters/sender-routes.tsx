// /admin/letters/sender: the sender as the letters show it, and the logo,
// uploaded here. @fastify/multipart is registered in this scope alone; the
// whole form is read before the handler, so the CSRF check sees `_csrf`.
import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canEditLetterTemplates } from '../../../../domain/permissions.js';
import { Invalid } from '../../../../services/errors.js';
import { MAX_LOGO_BYTES, getLetterSender, removeLetterLogo, saveLetterLogo } from '../../../../services/letters/letter-logo.js';
import { SenderPage } from '../../../../views/admin/letters/sender-page.js';
import { formText } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { t } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

const uploads = new WeakMap<FastifyRequest, { content: Buffer; truncated: boolean }>();

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

  await app.register(async (scope) => {
    await scope.register(multipart, {
      attachFieldsToBody: true,
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_LOGO_BYTES + 1, files: 1, fields: 5, fieldSize: 10_000, parts: 6 },
      async onFile(this: FastifyRequest, part: MultipartFile) {
        const chunks: Buffer[] = [];
        for await (const chunk of part.file) chunks.push(chunk as Buffer);
        uploads.set(this, { content: Buffer.concat(chunks), truncated: part.file.truncated });
      },
    });
    // Multipart fields arrive as objects; the CSRF check and the handler read plain text values.
    scope.addHook('preValidation', async (request) => {
      if (!request.isMultipart() || !request.body || typeof request.body !== 'object') return;
      const flat: Record<string, string> = {};
      for (const [key, value] of Object.entries(request.body as Record<string, unknown>)) {
        const field = Array.isArray(value) ? value.at(-1) : value;
        if (field && typeof field === 'object' && (field as { type?: string }).type === 'field') flat[key] = String((field as { value: unknown }).value);
      }
      request.body = flat;
    });

    scope.post('/letters/sender/logo', { config }, async (request, reply) => {
      const lang = signedInUser(request).language;
      const description = formText(request, 'description');
      const upload = uploads.get(request);
      const refused = { kind: 'error' as const, text: t(lang, 'letters.logo.invalid') };
      if (!upload || upload.truncated) return send(request, reply, { notice: refused, description }, 400);
      try {
        await saveLetterLogo(app.db, { content: upload.content, description }, changeContextOf(request, options.now));
      } catch (error) {
        if (error instanceof Invalid) return send(request, reply, { notice: refused, description }, statusOf(error));
        throw error;
      }
      return reply.redirect('/admin/letters/sender?saved=1', 303);
    });
  });
}
