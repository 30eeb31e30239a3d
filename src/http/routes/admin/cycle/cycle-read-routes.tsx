// Reading a year's cycle: /admin/cycle picks the year, then the wheel, the
// list, the delivery board and the page per committee.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canEditSettings, canManageCycle, canOpenCommitteeCycle, canReadCycleTask, canViewCycle, isSecretariat } from '../../../../domain/permissions.js';
import { pick, t } from '../../../../i18n/index.js';
import { getCommitteeCycle } from '../../../../services/cycle/committee-cycle.js';
import { listPolicyChoices } from '../../../../services/cycle/cycle-choices.js';
import { findDefaultCycleId, getCycleOverview, listAllCycles, toDeliveryBoard } from '../../../../services/cycle/cycle-views.js';
import type { CycleOverview } from '../../../../services/cycle/cycle-views.js';
import { readReminderDaysBefore } from '../../../../services/cycle/reminder-settings.js';
import { BoardPage } from '../../../../views/admin/cycle/board-page.js';
import { CommitteePage } from '../../../../views/admin/cycle/committee-page.js';
import { CreateCycleForm } from '../../../../views/admin/cycle/cycle-forms.js';
import { ListPage } from '../../../../views/admin/cycle/list-page.js';
import { WheelPage } from '../../../../views/admin/cycle/wheel-page.js';
import { sendAdminPage } from '../render-page.js';
import { idParam } from '../route-params.js';
import { signedInUser } from '../../../signed-in.js';
import { queryId, queryText, todayOf, viewsFor } from './cycle-route-support.js';

function noticeOf(request: FastifyRequest): { kind: 'success'; text: string } | null {
  const done = queryText(request, 'done');
  const lang = signedInUser(request).language;
  const known = { created: 'cycle.created', saved: 'milestone.saved', deleted: 'milestone.deleted', settings: 'settings.saved' } as const;
  return done in known ? { kind: 'success', text: t(lang, known[done as keyof typeof known]) } : null;
}

async function policyChoices(request: FastifyRequest) {
  return (await listPolicyChoices(request.server.db)).map((p) => ({ id: p.id, title: pick(signedInUser(request).language, p.title.da, p.title.en) }));
}

export function registerCycleReadRoutes(app: FastifyInstance, now: () => Date): void {
  async function frame(cycleId: number): Promise<{ overview: CycleOverview; cycles: Awaited<ReturnType<typeof listAllCycles>> }> {
    const [overview, cycles] = await Promise.all([getCycleOverview(app.db, cycleId, { today: todayOf(now) }), listAllCycles(app.db)]);
    return { overview, cycles };
  }

  app.get('/cycle', { config: { allow: canViewCycle } }, async (request, reply) => {
    const chosen = queryId(request, 'id') ?? (await findDefaultCycleId(app.db, now().getUTCFullYear()));
    if (chosen !== null) return sendWheel(request, reply, chosen);
    const lang = signedInUser(request).language;
    const policies = await policyChoices(request);
    return sendAdminPage(request, reply, {
      title: t(lang, 'cycle.title'),
      current: 'cycle',
      body: (csrfToken) => (
        <>
          <h1>{t(lang, 'cycle.title')}</h1>
          <p>{t(lang, 'cycle.none')}</p>
          {canManageCycle(signedInUser(request)) && policies.length > 0 && (
            <CreateCycleForm lang={lang} csrfToken={csrfToken} policies={policies} year={now().getUTCFullYear()} />
          )}
        </>
      ),
    });
  });

  app.get('/cycle/:id', { config: { allow: canViewCycle } }, (request, reply) => sendWheel(request, reply, idParam(request.params)));

  async function sendWheel(request: FastifyRequest, reply: FastifyReply, cycleId: number) {
    const lang = signedInUser(request).language;
    const { overview, cycles } = await frame(cycleId);
    // A committee member or data supplier sees its own tasks first.
    const user = signedInUser(request);
    const ownTasks = isSecretariat(user)
      ? []
      : overview.milestones
          .flatMap((m) => m.tasks)
          .filter((t) => (t.assignee.kind === 'committee' ? t.assignee.id === user.committeeId : t.assignee.id === user.administrationId));
    return sendAdminPage(request, reply, {
      title: t(lang, 'cycle.heading', { year: overview.year }),
      current: 'cycle',
      body: () => <WheelPage lang={lang} overview={overview} cycles={cycles} views={viewsFor(user)} notice={noticeOf(request)} ownTasks={ownTasks} />,
    });
  }

  app.get('/cycle/:id/list', { config: { allow: canViewCycle } }, async (request, reply) => {
    const user = signedInUser(request);
    const lang = user.language;
    const { overview, cycles } = await frame(idParam(request.params));
    const manage = canManageCycle(user);
    const create = manage ? { policies: await policyChoices(request), year: Math.max(...cycles.map((c) => c.year)) + 1 } : null;
    const reminderDays = canEditSettings(user) ? await readReminderDaysBefore(app.db) : null;
    return sendAdminPage(request, reply, {
      title: t(lang, 'cycle.heading', { year: overview.year }),
      current: 'cycle',
      body: (csrfToken) => (
        <ListPage
          lang={lang}
          overview={overview}
          cycles={cycles}
          views={viewsFor(user)}
          notice={noticeOf(request)}
          canManage={manage}
          csrfToken={csrfToken}
          create={create}
          reminderDays={reminderDays}
          canOpenTask={(task) =>
            canReadCycleTask(
              user,
              task.assignee.kind === 'committee'
                ? { committeeId: task.assignee.id, administrationId: null }
                : { committeeId: null, administrationId: task.assignee.id },
            )
          }
        />
      ),
    });
  });

  app.get('/cycle/:id/board', { config: { allow: canManageCycle } }, async (request, reply) => {
    const lang = signedInUser(request).language;
    const { overview, cycles } = await frame(idParam(request.params));
    return sendAdminPage(request, reply, {
      title: t(lang, 'board.heading', { year: overview.year }),
      current: 'cycle',
      body: () => <BoardPage lang={lang} overview={overview} cycles={cycles} views={viewsFor(signedInUser(request))} board={toDeliveryBoard(overview)} />,
    });
  });

  app.get('/cycle/:id/committees', { config: { allow: canOpenCommitteeCycle } }, (request, reply) => sendCommitteePage(request, reply));

  async function sendCommitteePage(request: FastifyRequest, reply: FastifyReply) {
    const user = signedInUser(request);
    const lang = user.language;
    const { committee, committees, overview } = await getCommitteeCycle(app.db, idParam(request.params), user, {
      chosenId: queryId(request, 'committee'),
      today: todayOf(now),
    });
    const cycles = await listAllCycles(app.db);
    const named = (c: (typeof committees)[number]) => ({ id: c.id, name: pick(lang, c.name.da, c.name.en) });
    return sendAdminPage(request, reply, {
      title: t(lang, 'cycle.committee.heading', { committee: named(committee).name, year: overview.year }),
      current: 'cycle',
      body: () => (
        <CommitteePage lang={lang} overview={overview} cycles={cycles} views={viewsFor(user)} committee={named(committee)} committees={committees.map(named)} />
      ),
    });
  }
}
