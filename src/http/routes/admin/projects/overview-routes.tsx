// The overviews of the project bank: the monitoring board (the secretariat),
// a project owner's own projects, and a committee member's page of its
// committee's plans, flagged projects and consultation catalogue.
import type { FastifyInstance } from 'fastify';
import { canManageProjectBank, isCommitteeMember, isProjectOwner } from '../../../../domain/permissions.js';
import { pick, t } from '../../../../i18n/index.js';
import { Forbidden } from '../../../../services/errors.js';
import { loadPlanChoices } from '../../../../services/plans/plan-choices.js';
import { listActionPlanSummaries } from '../../../../services/plans/plan-views.js';
import { listAdminProjects } from '../../../../services/projects/admin-projects.js';
import { getCommitteeProjectFlags, getMonitoringBoard } from '../../../../services/projects/monitoring-board.js';
import { BoardPage } from '../../../../views/admin/projects/board-page.js';
import { CommitteePage } from '../../../../views/admin/projects/committee-page.js';
import { ProjectListPage } from '../../../../views/admin/projects/project-list-page.js';
import { sendAdminPage } from '../render-page.js';
import { signedInUser } from '../../../signed-in.js';
import { todayOf } from './screen-support.js';

export function registerOverviewRoutes(app: FastifyInstance, now: () => Date): void {
  app.get('/projects/board', { config: { allow: canManageProjectBank } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const [board, choices] = await Promise.all([getMonitoringBoard(app.db, todayOf(now)), loadPlanChoices(app.db)]);
    return sendAdminPage(request, reply, {
      title: t(lang, 'board.title'),
      current: 'projects',
      body: () => <BoardPage lang={lang} board={board} committeeCodes={new Map(choices.committees.map((c) => [c.id, c.code]))} />,
    });
  });

  app.get('/my-projects', { config: { allow: isProjectOwner } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const rows = await listAdminProjects(app.db, { ownerUserId: signedInUser(request).id }, todayOf(now));
    const title = t(lang, 'projects.mine');
    return sendAdminPage(request, reply, {
      title,
      current: 'myProjects',
      body: () => <ProjectListPage lang={lang} title={title} intro={t(lang, rows.length === 0 ? 'projects.mineNone' : 'projects.mineIntro')} rows={rows} />,
    });
  });

  app.get('/committee', { config: { allow: isCommitteeMember } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const committeeId = signedInUser(request).committeeId;
    if (committeeId === null) throw new Forbidden('error.notLinkedToCommittee');
    const [plans, flags, choices] = await Promise.all([
      listActionPlanSummaries(app.db, { committeeId }),
      getCommitteeProjectFlags(app.db, committeeId, todayOf(now)),
      loadPlanChoices(app.db),
    ]);
    const committee = choices.committees.find((c) => c.id === committeeId);
    const name = committee ? pick(lang, committee.name.da, committee.name.en) : t(lang, 'committee.title');
    return sendAdminPage(request, reply, {
      title: name,
      current: 'committeeMaterial',
      body: () => <CommitteePage lang={lang} committee={name} committeeId={committeeId} plans={plans} flags={flags} />,
    });
  });
}
