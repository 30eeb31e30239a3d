// Shared by the project routes: who may open a project (the secretariat any,
// a project owner its own), the choices of the project form, and the
// project's page with its forms.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { canEditProject, canManageProjectBank } from '../../../../domain/permissions.js';
import { quarterLabel, quarterOfDate } from '../../../../domain/projects/quarter.js';
import { pick } from '../../../../i18n/index.js';
import { loadModelChoices } from '../../../../services/admin/model-reading.js';
import type { Db } from '../../../../services/database.js';
import { loadPlanChoices } from '../../../../services/plans/plan-choices.js';
import { listProjectOwnerAccounts } from '../../../../services/projects/admin-projects.js';
import { readMonitoringThreshold } from '../../../../services/projects/monitoring-threshold.js';
import { getProjectRecordFor } from '../../../../services/projects/project-record.js';
import type { ProjectRecord } from '../../../../services/projects/project-record.js';
import type { ShownForm } from '../../../../views/admin/forms/shown-form.js';
import type { FollowUpForms } from '../../../../views/admin/projects/project-follow-up.js';
import type { ProjectFormChoices } from '../../../../views/admin/projects/project-form-page.js';
import { ProjectPage } from '../../../../views/admin/projects/project-page.js';
import { sendAdminPage } from '../render-page.js';
import { signedInUser } from '../../../signed-in.js';
import { todayOf } from './screen-support.js';
import type { Lang } from '../../../../i18n/index.js';

/** The project, if this person may open it; a project owner gets 403 for anyone else's. */
export async function openProject(request: FastifyRequest, projectId: number, now: () => Date): Promise<ProjectRecord> {
  return getProjectRecordFor(request.server.db, projectId, signedInUser(request), todayOf(now));
}

export async function loadProjectFormChoices(db: Db, lang: Lang): Promise<ProjectFormChoices> {
  const [plan, model, owners, thresholdKr] = await Promise.all([
    loadPlanChoices(db),
    loadModelChoices(db),
    listProjectOwnerAccounts(db),
    readMonitoringThreshold(db),
  ]);
  return {
    committees: plan.committees.map((c) => ({ value: String(c.id), label: pick(lang, c.name.da, c.name.en) })),
    administrations: model.administrations.map((a) => ({ value: String(a.id), label: pick(lang, a.name_da, a.name_en) })),
    goals: plan.goals.map((g) => ({ value: String(g.id), label: `${g.number}. ${pick(lang, g.title.da, g.title.en)}` })),
    owners: owners.map((o) => ({ value: String(o.id), label: o.label })),
    thresholdKr,
  };
}

/** The forms of a project page as they start: the saved evaluations in theirs, the rest empty. */
function freshForms(record: ProjectRecord, today: string): FollowUpForms {
  const evaluations: Record<number, ShownForm> = { 0: { values: { 'e0.state': 'planned' }, errors: {} } };
  for (const e of record.evaluations) {
    const p = `e${e.id}.`;
    evaluations[e.id] = {
      values: {
        [`${p}state`]: e.state,
        [`${p}method`]: e.method,
        [`${p}plannedFor`]: e.plannedFor ?? '',
        [`${p}completedOn`]: e.completedOn ?? '',
        [`${p}result`]: e.result ?? '',
      },
      errors: {},
    };
  }
  return {
    monitoring: { values: { quarter: quarterLabel(quarterOfDate(today)) }, errors: {} },
    followUp: { values: { followUpOn: today }, errors: {} },
    evaluations,
    decision: { values: { decidedOn: today }, errors: {} },
  };
}

export async function sendProjectPage(
  request: FastifyRequest,
  reply: FastifyReply,
  record: ProjectRecord,
  now: () => Date,
  options: { forms?: Partial<FollowUpForms>; status?: number; notice?: { kind: 'success' | 'error'; text: string } | null } = {},
) {
  const lang = signedInUser(request).language;
  const today = todayOf(now);
  const db = request.server.db;
  const [plan, model, owners] = await Promise.all([loadPlanChoices(db), loadModelChoices(db), listProjectOwnerAccounts(db)]);
  const committee = plan.committees.find((c) => c.id === record.project.committeeId);
  const administration = model.administrations.find((a) => a.id === record.project.administrationId);
  const fresh = freshForms(record, today);
  const forms: FollowUpForms = { ...fresh, ...options.forms, evaluations: { ...fresh.evaluations, ...options.forms?.evaluations } };
  return sendAdminPage(request, reply, {
    title: record.project.title,
    current: canManageProjectBank(signedInUser(request)) ? 'projects' : 'myProjects',
    status: options.status ?? 200,
    body: (csrfToken) => (
      <ProjectPage
        lang={lang}
        record={record}
        names={{
          committee: committee ? pick(lang, committee.name.da, committee.name.en) : '',
          administration: administration ? pick(lang, administration.name_da, administration.name_en) : null,
          goals: record.goals.map((g) => `${lang === 'da' ? 'Mål' : 'Goal'} ${g.number}`),
          ownerAccount: owners.find((o) => o.id === record.project.ownerUserId)?.label ?? null,
        }}
        csrfToken={csrfToken}
        forms={forms}
        canEdit={canEditProject(signedInUser(request), { ownerId: record.project.ownerUserId })}
        canManage={canManageProjectBank(signedInUser(request))}
        notice={options.notice ?? null}
        quarterExample={quarterLabel(quarterOfDate(today))}
      />
    ),
  });
}
