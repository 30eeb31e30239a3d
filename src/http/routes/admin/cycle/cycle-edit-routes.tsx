// The secretariat's edits of a cycle: create a year from the defaults, add,
// edit and delete milestones, and (administrators) the reminder days. A
// refused milestone form comes back with messages beside the fields.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isIsoDate } from '../../../../domain/cycle/iso-dates.js';
import { canEditSettings, canManageCycle } from '../../../../domain/permissions.js';
import { pick, t } from '../../../../i18n/index.js';
import { createCycleFromDefaults } from '../../../../services/cycle/create-cycle.js';
import { listAdministrationChoices, listCommitteeChoices, listPolicyChoices } from '../../../../services/cycle/cycle-choices.js';
import { addMilestone, addTask, editMilestone, removeMilestone, removeTask } from '../../../../services/cycle/cycle-editing.js';
import { getCycleYear } from '../../../../services/cycle/cycle-views.js';
import { getMilestoneDetail } from '../../../../services/cycle/milestone-detail.js';
import type { MilestoneDetail } from '../../../../services/cycle/milestone-detail.js';
import { setReminderDaysBefore } from '../../../../services/cycle/reminder-settings.js';
import { Conflict, Invalid } from '../../../../services/errors.js';
import type { ServiceError } from '../../../../services/errors.js';
import { CreateCycleForm, ReminderSettingsForm } from '../../../../views/admin/cycle/cycle-forms.js';
import { cycleHref } from '../../../../views/admin/cycle/cycle-frame.js';
import { MilestoneFormPage } from '../../../../views/admin/cycle/milestone-form-page.js';
import { MilestoneTasks } from '../../../../views/admin/cycle/milestone-tasks.js';
import { sendAdminPage } from '../render-page.js';
import { idParam } from '../route-params.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { formNumber, formOf, queryText } from './cycle-route-support.js';
import type { MessageKey } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

const MILESTONE_FIELDS = ['kind', 'titleDa', 'titleEn', 'date', 'descriptionDa', 'descriptionEn'] as const;

/** A saved milestone as its form's values. */
function milestoneValues(milestone: MilestoneDetail): Record<string, string> {
  return {
    kind: milestone.kind,
    titleDa: milestone.title.da,
    titleEn: milestone.title.en,
    date: milestone.date,
    descriptionDa: milestone.description.da ?? '',
    descriptionEn: milestone.description.en ?? '',
    version: String(milestone.version),
  };
}

function checkMilestoneForm(form: Record<string, string>): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  for (const name of ['titleDa', 'titleEn', 'date'] as const) if (!(form[name] ?? '').trim()) errors[name] = 'cycle.error.required';
  if (!errors.date && !isIsoDate((form.date ?? '').trim())) errors.date = 'cycle.error.date';
  return errors;
}

export function registerCycleEditRoutes(app: FastifyInstance, now: () => Date): void {
  const config = { allow: canManageCycle };

  async function sendMilestoneForm(
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      cycleId: number;
      milestoneId: number | null;
      values: Record<string, string>;
      errors: Record<string, MessageKey>;
      notice: { kind: 'success' | 'error'; text: string } | null;
      status: number;
    },
  ) {
    const lang = signedInUser(request).language;
    const isNew = options.milestoneId === null;
    const named = (r: { id: number; name: { da: string; en: string | null } }) => ({ id: r.id, name: pick(lang, r.name.da, r.name.en) });
    const tasks = isNew
      ? null
      : {
          rows: (await getMilestoneDetail(app.db, options.milestoneId!)).tasks.map((t) => ({
            id: t.id,
            deadline: t.deadline,
            state: t.state,
            name: named(t.assignee).name,
          })),
          committees: (await listCommitteeChoices(app.db)).map(named),
          administrations: (await listAdministrationChoices(app.db)).map(named),
        };
    return sendAdminPage(request, reply, {
      title: t(lang, isNew ? 'milestone.newHeading' : 'milestone.editHeading'),
      current: 'cycle',
      status: options.status,
      body: (csrfToken) => (
        <MilestoneFormPage
          lang={lang}
          csrfToken={csrfToken}
          action={isNew ? `/admin/cycle/${options.cycleId}/milestones` : `/admin/cycle/milestones/${options.milestoneId}`}
          deleteAction={isNew ? null : `/admin/cycle/milestones/${options.milestoneId}/delete`}
          values={options.values}
          errors={options.errors}
          notice={options.notice}
          isNew={isNew}
          backHref={cycleHref(options.cycleId, 'list')}
        >
          {tasks && (
            <MilestoneTasks
              lang={lang}
              csrfToken={csrfToken}
              milestoneId={options.milestoneId!}
              date={options.values.date ?? ''}
              tasks={tasks.rows}
              committees={tasks.committees}
              administrations={tasks.administrations}
            />
          )}
        </MilestoneFormPage>
      ),
    });
  }

  const milestoneInput = (form: Record<string, string>) => ({
    kind: (form.kind ?? 'other') as 'other',
    titleDa: form.titleDa ?? '',
    titleEn: form.titleEn ?? '',
    date: form.date ?? '',
    descriptionDa: form.descriptionDa ?? '',
    descriptionEn: form.descriptionEn ?? '',
  });
  const refusal = (request: FastifyRequest, error: ServiceError) => {
    const lang = signedInUser(request).language;
    return t(lang, 'error.refused', { reason: error.messageIn(lang) });
  };

  app.post('/cycle', { config }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const form = formOf(request);
    const policyId = formNumber(form, 'policyId');
    const year = formNumber(form, 'year');
    let created;
    try {
      if (policyId === undefined || year === undefined) throw new Invalid('error.cycle.year');
      created = await createCycleFromDefaults(app.db, { policyId, year }, changeContextOf(request, now));
    } catch (error) {
      if (!(error instanceof Invalid) && !(error instanceof Conflict)) throw error;
      const policies = (await listPolicyChoices(app.db)).map((p) => ({ id: p.id, title: pick(lang, p.title.da, p.title.en) }));
      return sendAdminPage(request, reply, {
        title: t(lang, 'cycle.create.heading'),
        current: 'cycle',
        status: statusOf(error),
        body: (csrfToken) => (
          <CreateCycleForm
            lang={lang}
            csrfToken={csrfToken}
            policies={policies}
            year={form.year ?? ''}
            policyId={policyId}
            error={error instanceof Conflict ? t(lang, 'error.cycleExists', { year: year ?? '' }) : t(lang, 'error.year')}
          />
        ),
      });
    }
    return reply.redirect(`${cycleHref(created.cycleId, 'list')}?done=created`, 303);
  });

  app.get('/cycle/:id/milestones/new', { config }, async (request, reply) => {
    const cycleId = idParam(request.params);
    const { year } = await getCycleYear(app.db, cycleId);
    return sendMilestoneForm(request, reply, {
      cycleId,
      milestoneId: null,
      values: { kind: 'other', date: `${year}-` },
      errors: {},
      notice: null,
      status: 200,
    });
  });

  app.post('/cycle/:id/milestones', { config }, async (request, reply) => {
    const cycleId = idParam(request.params);
    const form = formOf(request);
    const values = Object.fromEntries(MILESTONE_FIELDS.map((f) => [f, form[f] ?? '']));
    const errors = checkMilestoneForm(form);
    if (Object.keys(errors).length > 0) return sendMilestoneForm(request, reply, { cycleId, milestoneId: null, values, errors, notice: null, status: 400 });
    try {
      await addMilestone(app.db, cycleId, milestoneInput(form), changeContextOf(request, now));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendMilestoneForm(request, reply, {
        cycleId,
        milestoneId: null,
        values,
        errors: {},
        notice: { kind: 'error', text: refusal(request, error) },
        status: statusOf(error),
      });
    }
    return reply.redirect(`${cycleHref(cycleId, 'list')}?done=saved`, 303);
  });

  app.get('/cycle/milestones/:id/edit', { config }, async (request, reply) => {
    const milestone = await getMilestoneDetail(app.db, idParam(request.params));
    const values = milestoneValues(milestone);
    const done = { added: 'milestone.taskAdded', removed: 'milestone.taskRemoved' } as const;
    const key = done[queryText(request, 'done') as keyof typeof done] as MessageKey | undefined;
    const notice = key ? { kind: 'success' as const, text: t(signedInUser(request).language, key) } : null;
    return sendMilestoneForm(request, reply, { cycleId: milestone.cycleId, milestoneId: milestone.id, values, errors: {}, notice, status: 200 });
  });

  app.post('/cycle/milestones/:id/tasks', { config }, async (request, reply) => {
    const milestoneId = idParam(request.params);
    const form = formOf(request);
    const [kind, id] = (form.assignee ?? '').split(':');
    if ((kind !== 'committee' && kind !== 'administration') || !/^\d+$/.test(id ?? '')) throw new Invalid('error.cycle.chooseAssignee');
    try {
      await addTask(
        app.db,
        milestoneId,
        { kind: form.kind ?? '', assignee: { kind, id: Number(id) }, deadline: form.deadline ?? '' },
        changeContextOf(request, now),
      );
    } catch (error) {
      if (!(error instanceof Invalid) && !(error instanceof Conflict)) throw error;
      const milestone = await getMilestoneDetail(app.db, milestoneId);
      return sendMilestoneForm(request, reply, {
        cycleId: milestone.cycleId,
        milestoneId,
        values: milestoneValues(milestone),
        errors: {},
        notice: { kind: 'error', text: refusal(request, error) },
        status: statusOf(error),
      });
    }
    return reply.redirect(`/admin/cycle/milestones/${milestoneId}/edit?done=added`, 303);
  });

  app.post('/cycle/tasks/:id/delete', { config }, async (request, reply) => {
    const { milestoneId } = await removeTask(app.db, idParam(request.params), { confirmed: formOf(request).confirm === 'yes' }, changeContextOf(request, now));
    return reply.redirect(`/admin/cycle/milestones/${milestoneId}/edit?done=removed`, 303);
  });

  app.post('/cycle/milestones/:id', { config }, async (request, reply) => {
    const milestone = await getMilestoneDetail(app.db, idParam(request.params));
    const form = formOf(request);
    const values = { ...Object.fromEntries(MILESTONE_FIELDS.map((f) => [f, form[f] ?? ''])), version: form.version ?? '' };
    const errors = checkMilestoneForm(form);
    const version = formNumber(form, 'version');
    const base = { cycleId: milestone.cycleId, milestoneId: milestone.id, values };
    if (Object.keys(errors).length > 0 || version === undefined) return sendMilestoneForm(request, reply, { ...base, errors, notice: null, status: 400 });
    try {
      await editMilestone(app.db, milestone.id, version, milestoneInput(form), changeContextOf(request, now));
    } catch (error) {
      if (!(error instanceof Invalid) && !(error instanceof Conflict)) throw error;
      const fresh = error instanceof Conflict ? { ...values, version: String((await getMilestoneDetail(app.db, milestone.id)).version) } : values;
      return sendMilestoneForm(request, reply, {
        ...base,
        values: fresh,
        errors: {},
        notice: { kind: 'error', text: refusal(request, error) },
        status: statusOf(error),
      });
    }
    return reply.redirect(`${cycleHref(milestone.cycleId, 'list')}?done=saved#milestone-${milestone.id}`, 303);
  });

  app.post('/cycle/milestones/:id/delete', { config }, async (request, reply) => {
    const { cycleId } = await removeMilestone(app.db, idParam(request.params), { confirmed: formOf(request).confirm === 'yes' }, changeContextOf(request, now));
    return reply.redirect(`${cycleHref(cycleId, 'list')}?done=deleted`, 303);
  });

  app.post('/cycle/settings', { config: { allow: canEditSettings } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const form = formOf(request);
    const days = formNumber(form, 'daysBefore');
    const cycleId = formNumber(form, 'cycleId');
    try {
      if (days === undefined) throw new Invalid('error.cycle.reminderDays');
      await setReminderDaysBefore(app.db, days, changeContextOf(request, now));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendAdminPage(request, reply, {
        title: t(lang, 'settings.heading'),
        current: 'cycle',
        status: statusOf(error),
        body: (csrfToken) => (
          <ReminderSettingsForm
            lang={lang}
            csrfToken={csrfToken}
            days={form.daysBefore ?? ''}
            cycleId={cycleId ?? null}
            error={t(lang, 'cycle.error.number')}
          />
        ),
      });
    }
    return reply.redirect(cycleId ? `${cycleHref(cycleId, 'list')}?done=settings` : '/admin/cycle', 303);
  });
}
