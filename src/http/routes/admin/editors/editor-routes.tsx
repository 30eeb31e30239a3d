// Pages for one editor: the list, the empty form, the form of a record, and
// the two saves (create, update). A failed save answers with the form again,
// the values as typed and the problems beside their fields; a save refused
// because someone else saved first also shows what is saved now.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FieldProblem, StaleEdit } from '../../../../services/admin/edit-errors.js';
import { EditPage } from '../../../../views/admin/edit-page.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import type { FieldError } from '../../../../views/admin/forms/shown-form.js';
import { ListPage } from '../../../../views/admin/list-page.js';
import { problemOf, version } from '../form-schema.js';
import { readForm } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { idParam } from '../route-params.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import type { Editor } from './editor.js';
import { t } from '../../../../i18n/index.js';
import type { Lang } from '../../../../i18n/index.js';

interface FormOutcome {
  readonly values: FormValues;
  readonly errors?: Record<string, FieldError>;
  readonly notice?: 'saved' | 'created' | 'stale' | null;
  readonly savedNow?: FormValues | null;
  readonly version?: number;
}

export function registerEditorRoutes<T>(app: FastifyInstance, editor: Editor<T>, clock: () => Date): void {
  const base = `/${editor.slug}`;
  const config = { allow: editor.allow };

  async function sendForm(request: FastifyRequest, reply: FastifyReply, target: { id: number; heading: string } | null, outcome: FormOutcome, status = 200) {
    const lang = signedInUser(request).language;
    // Field options come from the database, so they are read for every form.
    const specs = await editor.fields(request.server.db, lang);
    const title = target ? target.heading : t(lang, editor.newTitle);
    return sendAdminPage(request, reply, {
      title,
      current: editor.section,
      status,
      body: (csrfToken) => (
        <EditPage
          lang={lang}
          title={title}
          action={target ? `/admin${base}/${target.id}` : `/admin${base}`}
          csrfToken={csrfToken}
          specs={specs}
          state={{ values: outcome.values, errors: outcome.errors ?? {} }}
          hidden={outcome.version !== undefined ? { version: String(outcome.version) } : {}}
          submitLabel={target ? 'form.save' : 'form.create'}
          notice={noticeOf(lang, outcome)}
          savedNow={outcome.savedNow ?? null}
          backHref={`/admin${base}`}
        />
      ),
    });
  }

  app.get(base, { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const rows = await editor.listRows(request.server.db, lang);
    return sendAdminPage(request, reply, {
      title: t(lang, editor.title),
      current: editor.section,
      body: () => (
        <ListPage
          lang={lang}
          title={t(lang, editor.title)}
          columns={editor.columns}
          rows={rows.map((r) => ({ href: `/admin${base}/${r.id}`, cells: r.cells }))}
          newHref={`/admin${base}/new`}
          newLabel={editor.newTitle}
        />
      ),
    });
  });

  app.get(`${base}/new`, { config }, async (request, reply) => {
    return sendForm(request, reply, null, { values: editor.blank });
  });

  app.post(base, { config }, async (request, reply) => {
    const parsed = readForm(request, editor.schema);
    const { values } = parsed;
    if (!parsed.ok) return sendForm(request, reply, null, { values, errors: parsed.errors }, 400);
    try {
      const { id } = await editor.save(request.server.db, null, parsed.data, changeContextOf(request, clock));
      return reply.redirect(`/admin${base}/${id}?created=1`, 303);
    } catch (error) {
      if (error instanceof FieldProblem) return sendForm(request, reply, null, { values, errors: problemOf(error) }, 400);
      throw error;
    }
  });

  app.get(`${base}/:id`, { config }, async (request, reply) => {
    const id = idParam(request.params);
    const record = await editor.load(request.server.db, id, signedInUser(request).language);
    const query = request.query as Record<string, string | undefined>;
    const notice = query.saved ? 'saved' : query.created ? 'created' : null;
    return sendForm(request, reply, { id, heading: record.heading }, { values: record.values, version: record.version, notice });
  });

  app.post(`${base}/:id`, { config }, async (request, reply) => {
    const id = idParam(request.params);
    const db = request.server.db;
    const lang = signedInUser(request).language;
    const parsed = readForm(request, editor.schema);
    const { values } = parsed;
    const record = await editor.load(db, id, lang);
    const target = { id, heading: record.heading };
    const openedAt = version().safeParse(values.version);
    if (!parsed.ok) return sendForm(request, reply, target, { values, errors: parsed.errors, version: openedAt.success ? openedAt.data : record.version }, 400);
    // A form without its version cannot prove it saw the latest state.
    if (!openedAt.success) return sendForm(request, reply, target, { values, notice: 'stale', savedNow: record.values, version: record.version }, 409);
    try {
      await editor.save(db, { id, version: openedAt.data }, parsed.data, changeContextOf(request, clock));
      return reply.redirect(`/admin${base}/${id}?saved=1`, 303);
    } catch (error) {
      if (error instanceof StaleEdit) {
        const now = await editor.load(db, id, lang);
        return sendForm(request, reply, target, { values, notice: 'stale', savedNow: now.values, version: now.version }, 409);
      }
      if (error instanceof FieldProblem) return sendForm(request, reply, target, { values, errors: problemOf(error), version: openedAt.data }, 400);
      throw error;
    }
  });
}

function noticeOf(lang: Lang, outcome: FormOutcome) {
  if (outcome.notice === 'saved') return { kind: 'success' as const, text: t(lang, 'form.saved') };
  if (outcome.notice === 'created') return { kind: 'success' as const, text: t(lang, 'form.created') };
  if (outcome.notice === 'stale') return { kind: 'error' as const, text: t(lang, 'error.stale') };
  return null;
}
