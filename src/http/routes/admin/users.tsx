// The people: a list, an invitation form (the person chooses a password
// through an e-mailed link), and each person's form, for administrators.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ROLES, canManageUsers } from '../../../domain/permissions.js';
import type { Mailer } from '../../../mail/mailer.js';
import { sendInvitation } from '../../../services/accounts/one-time-links.js';
import { createUser, getUserView, listUserViews, updateUserAccount } from '../../../services/accounts/users.js';
import type { UserInput, UserView } from '../../../services/accounts/users.js';
import { FieldProblem, StaleEdit } from '../../../services/admin/edit-errors.js';
import { loadModelChoices } from '../../../services/admin/model-reading.js';
import { EditPage } from '../../../views/admin/edit-page.js';
import type { FormValues } from '../../../views/admin/forms/form-values.js';
import { CsrfInput } from '../../../views/admin/forms/hidden-inputs.js';
import type { FieldError } from '../../../views/admin/forms/shown-form.js';
import { ListPage } from '../../../views/admin/list-page.js';
import { userFieldSpecs } from '../../../views/admin/user-fields.js';
import { nameOptions } from './editors/editor.js';
import { checkbox, choice, email, optionalText, problemOf, reference, version } from './form-schema.js';
import { readForm } from './read-form.js';
import { sendAdminPage } from './render-page.js';
import { idParam } from './route-params.js';
import { changeContextOf, signedInUser } from '../../signed-in.js';
import { t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import { momentText } from '../../../views/admin/admin-date.js';

const personFields = {
  email: email({ required: true }),
  name: optionalText(200).transform((name) => name ?? ''),
  role: choice(ROLES, { required: true }),
  administrationId: reference({ required: false }),
  committeeId: reference({ required: false }),
  language: choice(['da', 'en'] as const, { required: true }),
};
const inviteSchema: z.ZodType<UserInput> = z.object(personFields).transform((p) => ({ ...p, isActive: true }));
const editSchema: z.ZodType<UserInput> = z.object({ ...personFields, isActive: checkbox() });

function toForm(user: UserView): FormValues {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    administrationId: user.administration_id === null ? '' : String(user.administration_id),
    committeeId: user.committee_id === null ? '' : String(user.committee_id),
    language: user.language,
    isActive: user.is_active ? 'on' : '',
  };
}

function statusOf(lang: Lang, user: UserView): string {
  if (!user.is_active) return t(lang, 'users.inactive');
  if (user.oidc_subject) return t(lang, 'users.sso');
  return t(lang, user.hasPassword ? 'users.active' : 'users.pending');
}

interface Shown {
  values: FormValues;
  errors?: Record<string, FieldError>;
  notice?: { kind: 'success' | 'error' | 'warning'; text: string } | null;
  savedNow?: FormValues;
  version?: number;
}

export async function registerUserRoutes(app: FastifyInstance, options: { now: () => Date; mailer: Mailer; baseUrl: string }): Promise<void> {
  const config = { allow: canManageUsers };

  async function sendForm(request: FastifyRequest, reply: FastifyReply, user: UserView | null, shown: Shown, status = 200) {
    const lang = signedInUser(request).language;
    const choices = await loadModelChoices(app.db);
    const specs = userFieldSpecs(
      lang,
      { administrations: nameOptions(choices.administrations, lang), committees: nameOptions(choices.committees, lang) },
      user !== null,
    );
    const title = user ? user.name || user.email : t(lang, 'users.new');
    const canResend = user !== null && user.is_active === 1 && !user.hasPassword && user.oidc_subject === null;
    return sendAdminPage(request, reply, {
      title,
      current: 'users',
      status,
      body: (csrfToken) => (
        <EditPage
          lang={lang}
          title={title}
          intro={user ? undefined : t(lang, 'users.newIntro')}
          action={user ? `/admin/users/${user.id}` : '/admin/users'}
          csrfToken={csrfToken}
          specs={specs}
          state={{ values: shown.values, errors: shown.errors ?? {} }}
          hidden={shown.version !== undefined ? { version: String(shown.version) } : {}}
          submitLabel={user ? 'form.save' : 'users.invite'}
          notice={shown.notice ?? null}
          savedNow={shown.savedNow ?? null}
          backHref="/admin/users"
        >
          {canResend && (
            <form method="post" action={`/admin/users/${user.id}/invitation`}>
              <CsrfInput token={csrfToken} />
              <button type="submit" class="button button-secondary">
                {t(lang, 'users.resend')}
              </button>
            </form>
          )}
        </EditPage>
      ),
    });
  }

  async function invite(request: FastifyRequest, reply: FastifyReply, user: UserView) {
    const lang = signedInUser(request).language;
    const sent = await sendInvitation(app.db, user.id, { mailer: options.mailer, baseUrl: options.baseUrl }, changeContextOf(request, options.now));
    const notice = sent.delivered
      ? { kind: 'success' as const, text: t(lang, 'users.invited', { email: user.email }) }
      : { kind: 'warning' as const, text: t(lang, 'users.invitedNoMail', { link: sent.link }) };
    const fresh = await getUserView(app.db, user.id);
    return sendForm(request, reply, fresh, { values: toForm(fresh), version: fresh.version, notice });
  }

  app.get('/users', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const users = await listUserViews(app.db);
    const rows = users.map((u) => ({
      href: `/admin/users/${u.id}`,
      cells: [u.email, u.name, t(lang, `role.${u.role}`), statusOf(lang, u), u.last_login_at ? momentText(lang, u.last_login_at) : t(lang, 'users.never')],
    }));
    return sendAdminPage(request, reply, {
      title: t(lang, 'users.title'),
      current: 'users',
      body: () => (
        <ListPage
          lang={lang}
          title={t(lang, 'users.title')}
          columns={['users.col.email', 'users.col.name', 'users.col.role', 'users.col.status', 'users.col.lastLogin']}
          rows={rows}
          newHref="/admin/users/new"
          newLabel="users.new"
        />
      ),
    });
  });

  app.get('/users/new', { config }, async (request, reply) => sendForm(request, reply, null, { values: { role: 'analyst', language: 'da' } }));

  app.post('/users', { config }, async (request, reply) => {
    const parsed = readForm(request, inviteSchema);
    const { values } = parsed;
    if (!parsed.ok) return sendForm(request, reply, null, { values, errors: parsed.errors }, 400);
    try {
      const user = await createUser(app.db, parsed.data, changeContextOf(request, options.now));
      return invite(request, reply, user);
    } catch (error) {
      if (error instanceof FieldProblem) return sendForm(request, reply, null, { values, errors: problemOf(error) }, 400);
      throw error;
    }
  });

  app.get('/users/:id', { config }, async (request, reply) => {
    const user = await getUserView(app.db, idParam(request.params));
    const saved = (request.query as Record<string, unknown> | undefined)?.saved !== undefined;
    const notice = saved ? { kind: 'success' as const, text: t(signedInUser(request).language, 'form.saved') } : null;
    return sendForm(request, reply, user, { values: toForm(user), version: user.version, notice });
  });

  app.post('/users/:id', { config }, async (request, reply) => {
    const user = await getUserView(app.db, idParam(request.params));
    const parsed = readForm(request, editSchema);
    const { values } = parsed;
    const openedAt = version().safeParse(values.version);
    if (!parsed.ok) return sendForm(request, reply, user, { values, errors: parsed.errors, version: openedAt.success ? openedAt.data : user.version }, 400);
    const stale = { kind: 'error' as const, text: t(signedInUser(request).language, 'error.stale') };
    if (!openedAt.success) return sendForm(request, reply, user, { values, notice: stale, savedNow: toForm(user), version: user.version }, 409);
    try {
      await updateUserAccount(app.db, user.id, openedAt.data, parsed.data, changeContextOf(request, options.now));
      return reply.redirect(`/admin/users/${user.id}?saved=1`, 303);
    } catch (error) {
      if (error instanceof StaleEdit) {
        const now = await getUserView(app.db, user.id);
        return sendForm(request, reply, now, { values, notice: stale, savedNow: toForm(now), version: now.version }, 409);
      }
      if (error instanceof FieldProblem) return sendForm(request, reply, user, { values, errors: problemOf(error), version: openedAt.data }, 400);
      throw error;
    }
  });

  app.post('/users/:id/invitation', { config }, async (request, reply) => invite(request, reply, await getUserView(app.db, idParam(request.params))));
}
