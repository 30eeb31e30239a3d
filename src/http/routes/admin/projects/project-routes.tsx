// The project bank's list (search and filters), a new project, a project's
// page, and its edit form. The secretariat sees every project; a project
// owner opens only its own, and edits neither the committee, the owner
// account nor the internal fields. Edits name the version they started from.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canEditProjectInternals, canManageProjectBank, canOpenProjectBank } from '../../../../domain/permissions.js';
import { PROJECT_STATUSES, isProjectStatus } from '../../../../domain/projects/project-status.js';
import { Conflict, Invalid } from '../../../../services/errors.js';
import { listAdminProjects } from '../../../../services/projects/admin-projects.js';
import type { ProjectRecord } from '../../../../services/projects/project-record.js';
import { createProject, updateProject } from '../../../../services/projects/projects.js';
import { Field } from '../../../../views/admin/forms/field.js';
import { FilterForm } from '../../../../views/admin/forms/filter-form.js';
import type { ShownForm } from '../../../../views/admin/forms/shown-form.js';
import { ProjectFormPage } from '../../../../views/admin/projects/project-form-page.js';
import { ProjectListPage } from '../../../../views/admin/projects/project-list-page.js';
import { formValues } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { idParam } from '../route-params.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { projectToForm, readProjectForm, savedInternals } from './project-form.js';
import { loadProjectFormChoices, openProject, sendProjectPage } from './project-screens.js';
import { queryId, queryText, todayOf } from './screen-support.js';
import { t, translator } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

type Notice = { kind: 'error' | 'warning'; text: string } | null;

export function registerProjectRoutes(app: FastifyInstance, now: () => Date): void {
  app.get('/projects', { config: { allow: canManageProjectBank } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const t = translator(lang);
    const status = queryText(request, 'status');
    const filter = {
      text: queryText(request, 'q'),
      committeeId: queryId(request, 'committee'),
      goalId: queryId(request, 'goal'),
      ...(isProjectStatus(status) ? { status } : {}),
      flagged: queryText(request, 'flag') === 'open',
    };
    const rows = await listAdminProjects(app.db, filter, todayOf(now));
    const choices = await loadProjectFormChoices(app.db, lang);
    const shown = {
      values: {
        q: filter.text,
        committee: filter.committeeId ? String(filter.committeeId) : '',
        goal: filter.goalId ? String(filter.goalId) : '',
        status: isProjectStatus(status) ? status : '',
        flag: filter.flagged ? 'open' : '',
      },
      errors: {},
    };
    return sendAdminPage(request, reply, {
      title: t('projects.title'),
      current: 'projects',
      body: () => (
        <ProjectListPage
          lang={lang}
          title={t('projects.title')}
          intro={t('projects.intro')}
          rows={rows}
          actions={
            <p>
              <a class="button button-primary" href="/admin/projects/new">
                {t('projects.new')}
              </a>{' '}
              <a class="button button-secondary" href="/admin/projects/board">
                {t('projects.board')}
              </a>{' '}
              <a class="button button-secondary" href="/admin/projects/import">
                {t('projects.import')}
              </a>
            </p>
          }
          filters={
            <FilterForm action="/admin/projects" lang={lang}>
              <Field lang={lang} shown={shown} spec={{ kind: 'text', name: 'q', label: t('projects.search'), required: true }} />
              <Field
                lang={lang}
                shown={shown}
                spec={{
                  kind: 'select',
                  name: 'committee',
                  label: t('projects.filterCommittee'),
                  options: choices.committees,
                  emptyLabel: t('common.all'),
                  required: true,
                }}
              />
              <Field
                lang={lang}
                shown={shown}
                spec={{ kind: 'select', name: 'goal', label: t('projects.filterGoal'), options: choices.goals, emptyLabel: t('common.all'), required: true }}
              />
              <Field
                lang={lang}
                shown={shown}
                spec={{
                  kind: 'select',
                  name: 'status',
                  label: t('projects.filterStatus'),
                  options: PROJECT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
                  emptyLabel: t('common.all'),
                  required: true,
                }}
              />
              <Field
                lang={lang}
                shown={shown}
                spec={{
                  kind: 'select',
                  name: 'flag',
                  label: t('projects.filterFlag'),
                  options: [{ value: 'open', label: t('projects.flag.flagged') }],
                  emptyLabel: t('projects.flag.any'),
                  required: true,
                }}
              />
            </FilterForm>
          }
        />
      ),
    });
  });

  async function sendForm(request: FastifyRequest, reply: FastifyReply, record: ProjectRecord | null, shown: ShownForm, status = 200, notice: Notice = null) {
    const lang = signedInUser(request).language;
    const choices = await loadProjectFormChoices(app.db, lang);
    const title = record ? t(lang, 'projects.editTitle', { title: record.project.title }) : t(lang, 'projects.newTitle');
    return sendAdminPage(request, reply, {
      title,
      current: canManageProjectBank(signedInUser(request)) ? 'projects' : 'myProjects',
      status,
      body: (csrfToken) => (
        <ProjectFormPage
          lang={lang}
          title={title}
          action={record ? `/admin/projects/${record.project.id}/edit` : '/admin/projects'}
          csrfToken={csrfToken}
          choices={choices}
          withInternals={canEditProjectInternals(signedInUser(request))}
          shown={shown}
          version={record ? Number(shown.values.version ?? record.project.version) : null}
          notice={notice}
          backHref={record ? `/admin/projects/${record.project.id}` : '/admin/projects'}
        />
      ),
    });
  }

  app.get('/projects/new', { config: { allow: canManageProjectBank } }, async (request, reply) =>
    sendForm(request, reply, null, { values: { cofundingKr: '0' }, errors: {} }),
  );

  app.post('/projects', { config: { allow: canManageProjectBank } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const values = formValues(request);
    const read = await readProjectForm(app.db, values, lang, { projectId: null, withInternals: true, saved: null });
    if (!read.ok) return sendForm(request, reply, null, { values, errors: read.errors }, 400);
    try {
      const project = await createProject(app.db, read.input, changeContextOf(request, now));
      return reply.redirect(`/admin/projects/${project.id}?created=1`, 303);
    } catch (error) {
      if (error instanceof Invalid || error instanceof Conflict)
        return sendForm(request, reply, null, { values, errors: {} }, statusOf(error), {
          kind: 'error',
          text: t(lang, 'common.refused', { reason: error.messageIn(lang) }),
        });
      throw error;
    }
  });

  app.get('/projects/:id', { config: { allow: canOpenProjectBank } }, async (request, reply) => {
    const record = await openProject(request, idParam(request.params), now);
    const lang = signedInUser(request).language;
    const query = (name: string) => queryText(request, name) !== '';
    const notice = query('saved') ? t(lang, 'common.saved') : query('created') ? t(lang, 'common.created') : null;
    return sendProjectPage(request, reply, record, now, { notice: notice ? { kind: 'success', text: notice } : null });
  });

  app.get('/projects/:id/edit', { config: { allow: canOpenProjectBank } }, async (request, reply) => {
    const record = await openProject(request, idParam(request.params), now);
    return sendForm(request, reply, record, { values: { ...projectToForm(record), version: String(record.project.version) }, errors: {} });
  });

  app.post('/projects/:id/edit', { config: { allow: canOpenProjectBank } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const record = await openProject(request, idParam(request.params), now);
    const values = formValues(request);
    const withInternals = canEditProjectInternals(signedInUser(request));
    const read = await readProjectForm(app.db, values, lang, { projectId: record.project.id, withInternals, saved: savedInternals(record) });
    if (!read.ok) return sendForm(request, reply, record, { values, errors: read.errors }, 400);
    const openedAt = Number(values.version);
    const stale: Notice = { kind: 'error', text: t(lang, 'common.stale') };
    if (!Number.isInteger(openedAt) || openedAt !== record.project.version) {
      return sendForm(request, reply, record, { values: { ...values, version: String(record.project.version) }, errors: {} }, 409, stale);
    }
    try {
      await updateProject(app.db, record.project.id, openedAt, read.input, changeContextOf(request, now));
      return reply.redirect(`/admin/projects/${record.project.id}?saved=1`, 303);
    } catch (error) {
      if (error instanceof Conflict)
        return sendForm(request, reply, record, { values: { ...values, version: String(record.project.version + 1) }, errors: {} }, statusOf(error), stale);
      if (error instanceof Invalid)
        return sendForm(request, reply, record, { values, errors: {} }, statusOf(error), {
          kind: 'error',
          text: t(lang, 'common.refused', { reason: error.messageIn(lang) }),
        });
      throw error;
    }
  });
}
