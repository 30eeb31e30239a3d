// The bar: two instances of the app's job on ONE database (each with its own
// connection pool, mailer and instance id), one due reminder, both run the
// job at the same time → exactly one e-mail reaches the SMTP server; after a
// "restart" (new connections, new instances) still one. A send that fails is
// retried later by whichever instance comes first, and still goes once.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/dialect.js';
import type { DatabaseHandle } from '../../src/db/dialect.js';
import { listReminders } from '../../src/db/repositories/cycle-reminders.js';
import { JOBS } from '../../src/jobs/index.js';
import { startScheduler } from '../../src/jobs/scheduler.js';
import type { Scheduler } from '../../src/jobs/scheduler.js';
import { createSmtpMailer } from '../../src/mail/mailer.js';
import { sendTaskReminders, sendWeeklyDigest } from '../../src/services/cycle/send-reminders.js';
import { startSmtpServer } from '../auth/support/smtp-server.js';
import type { LocalSmtpServer } from '../auth/support/smtp-server.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { addCycleUser, createCycleDemoDatabase, taskIdOf } from './support/cycle-demo-database.js';

const MEMBER = 'tmu-member@kk.test';
// 07:00 in Copenhagen on the day TMU's status statement is due.
const ON_THE_DAY = new Date('2013-05-06T05:00:00Z');
const BASE_URL = 'http://barometer.test';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(ENGINES)('reminder e-mails go exactly once on %s', (engine) => {
  let database: TestDatabase;
  let smtp: LocalSmtpServer;
  let instances: DatabaseHandle[] = [];
  let schedulers: Scheduler[] = [];

  /** A new instance: its own connections to the same database, its own mailer. */
  async function startInstance(name: string, now: Date, smtpUrl = smtp.url) {
    const handle = await openDatabase(database.url);
    instances.push(handle);
    const scheduler = startScheduler(JOBS, {
      db: handle.db,
      mailer: createSmtpMailer(smtpUrl, 'Barometer <barometer@kk.test>'),
      baseUrl: BASE_URL,
      instanceId: name,
      now: () => now,
    });
    schedulers.push(scheduler);
    return { handle, scheduler, mailer: createSmtpMailer(smtpUrl, 'Barometer <barometer@kk.test>') };
  }

  async function stopInstances() {
    for (const s of schedulers) await s.stop();
    for (const h of instances) await h.close();
    schedulers = [];
    instances = [];
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());

  beforeEach(async () => {
    database = await createCycleDemoDatabase(engine);
    // One open task only: TMU's status statement, due 6 May 2013. Every other task is done.
    const open = await taskIdOf(database.db, { committee: 'TMU', kind: 'status_statement' });
    await database.db.updateTable('cycle_tasks').set({ state: 'approved' }).where('id', '<>', open).execute();
    await addCycleUser(database.db, { email: MEMBER, role: 'committee_member', committee: 'TMU', language: 'da' });
    smtp.messages.length = 0;
  });
  afterEach(async () => {
    await stopInstances();
    await database.drop();
  });

  const mailsTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));

  it('sends one e-mail when two instances run the job at the same time, and none after a restart', async () => {
    const a = await startInstance('instance-a', ON_THE_DAY);
    const b = await startInstance('instance-b', ON_THE_DAY);
    const [ranA, ranB] = await Promise.all([a.scheduler.runNow('cycle-reminders'), b.scheduler.runNow('cycle-reminders')]);
    expect(ranA || ranB).toBe(true);
    // And both instances running the sending itself at once, past the job lease: the claim decides.
    const direct = await Promise.all(
      [a, b].map((i, n) => sendTaskReminders(i.handle.db, { mailer: i.mailer, baseUrl: BASE_URL, instanceId: `direct-${n}`, now: ON_THE_DAY })),
    );
    expect(direct.map((r) => r.sent)).toEqual([0, 0]);
    const mail = await smtp.waitForMailTo(MEMBER);
    await pause(300);
    expect(mailsTo(MEMBER)).toHaveLength(1);
    expect(mail.subject).toBe('I dag er fristen: Redegørelse fra udvalgene');
    expect(mail.text).toContain(`${BASE_URL}/admin/cycle/tasks/`);
    expect(mail.text).toContain('Teknik- og Miljøudvalget');

    await stopInstances();
    const c = await startInstance('instance-c', ON_THE_DAY);
    const d = await startInstance('instance-d', ON_THE_DAY);
    await Promise.all([c.scheduler.runNow('cycle-reminders'), d.scheduler.runNow('cycle-reminders')]);
    await Promise.all(
      [c, d].map((i) => sendTaskReminders(i.handle.db, { mailer: i.mailer, baseUrl: BASE_URL, instanceId: i.scheduler.instanceId, now: ON_THE_DAY })),
    );
    await pause(300);
    expect(mailsTo(MEMBER)).toHaveLength(1);
    const log = await listReminders(database.db);
    expect(log.map((r) => [r.kind, r.status, r.recipient, r.attempts])).toEqual([['on_day', 'sent', MEMBER, 1]]);
  });

  it('runs the work with both instances concurrently and splits nothing twice, many times over', async () => {
    // Ten more people on the committee: every reminder is claimed by exactly one of the two racing runs.
    for (let n = 0; n < 10; n += 1)
      await addCycleUser(database.db, { email: `tmu-${n}@kk.test`, role: 'committee_member', committee: 'TMU', language: n % 2 ? 'en' : 'da' });
    const a = await startInstance('a', ON_THE_DAY);
    const b = await startInstance('b', ON_THE_DAY);
    const results = await Promise.all(
      [a, b].map((i) => sendTaskReminders(i.handle.db, { mailer: i.mailer, baseUrl: BASE_URL, instanceId: i.scheduler.instanceId, now: ON_THE_DAY })),
    );
    expect(results[0]!.sent + results[1]!.sent).toBe(11);
    expect(results[0]!.skipped + results[1]!.skipped).toBe(11);
    for (let waited = 0; waited < 5000 && smtp.messages.length < 11; waited += 50) await pause(50);
    await pause(300);
    const recipients = smtp.messages.flatMap((m) => m.to).sort();
    expect(recipients).toHaveLength(11);
    expect(new Set(recipients).size).toBe(11);
    expect(smtp.messages.find((m) => m.to.includes('tmu-1@kk.test'))!.subject).toBe('Due today: Status statement from the committees');
  });

  it('retries a failed send later, once, from whichever instance comes first', async () => {
    // Instance a's mail server refuses connections: a real failure, recorded for a later try.
    const broken = await startInstance('broken', ON_THE_DAY, 'smtp://127.0.0.1:9');
    const first = await sendTaskReminders(broken.handle.db, { mailer: broken.mailer, baseUrl: BASE_URL, instanceId: 'broken', now: ON_THE_DAY });
    expect(first).toEqual({ sent: 0, failed: 1, skipped: 0 });
    const [failed] = await listReminders(database.db);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, lease_until: '2013-05-06T05:15:00.000Z' });
    expect(failed!.last_error).toBeTruthy();

    // Too early for a retry: nothing is sent.
    const early = await startInstance('early', new Date('2013-05-06T05:10:00Z'));
    expect(
      await sendTaskReminders(early.handle.db, { mailer: early.mailer, baseUrl: BASE_URL, instanceId: 'early', now: new Date('2013-05-06T05:10:00Z') }),
    ).toEqual({ sent: 0, failed: 0, skipped: 1 });

    // After the wait, two instances race for the retry: one e-mail.
    const later = new Date('2013-05-06T05:20:00Z');
    const x = await startInstance('x', later);
    const y = await startInstance('y', later);
    const results = await Promise.all(
      [x, y].map((i) => sendTaskReminders(i.handle.db, { mailer: i.mailer, baseUrl: BASE_URL, instanceId: i.scheduler.instanceId, now: later })),
    );
    expect(results[0]!.sent + results[1]!.sent).toBe(1);
    await smtp.waitForMailTo(MEMBER);
    await pause(300);
    expect(mailsTo(MEMBER)).toHaveLength(1);
    expect((await listReminders(database.db)).map((r) => [r.status, r.attempts])).toEqual([['sent', 2]]);
  });

  it('takes over a claim whose holder died, after its lease, and not before', async () => {
    const taskId = await taskIdOf(database.db, { committee: 'TMU', kind: 'status_statement' });
    const user = await database.db.selectFrom('users').select('id').where('email', '=', MEMBER).executeTakeFirstOrThrow();
    await database.db
      .insertInto('cycle_reminders')
      .values({
        reminder_key: `on_day:task-${taskId}:2013-05-06:user-${user.id}`,
        kind: 'on_day',
        task_id: taskId,
        user_id: user.id,
        recipient: MEMBER,
        status: 'sending',
        attempts: 1,
        claimed_by: 'dead',
        claimed_at: '2013-05-06T05:00:00.000Z',
        lease_until: '2013-05-06T05:30:00.000Z',
        sent_at: null,
        last_error: null,
      })
      .execute();
    const i = await startInstance('heir', ON_THE_DAY);
    expect(
      await sendTaskReminders(i.handle.db, { mailer: i.mailer, baseUrl: BASE_URL, instanceId: 'heir', now: new Date('2013-05-06T05:29:00Z') }),
    ).toMatchObject({ sent: 0, skipped: 1 });
    expect(
      await sendTaskReminders(i.handle.db, { mailer: i.mailer, baseUrl: BASE_URL, instanceId: 'heir', now: new Date('2013-05-06T05:31:00Z') }),
    ).toMatchObject({ sent: 1 });
    await smtp.waitForMailTo(MEMBER);
    expect((await listReminders(database.db))[0]).toMatchObject({ status: 'sent', claimed_by: 'heir', attempts: 2 });
  });

  it("sends the secretariat one digest a week, in each person's language", async () => {
    await addCycleUser(database.db, { email: 'analyst@kk.test', role: 'analyst', language: 'en' });
    await addCycleUser(database.db, { email: 'admin@kk.test', role: 'administrator', language: 'da' });
    // BIU's statement is waiting for review again.
    const biu = await taskIdOf(database.db, { committee: 'BIU', kind: 'status_statement' });
    await database.db.updateTable('cycle_tasks').set({ state: 'submitted' }).where('id', '=', biu).execute();
    const monday = new Date('2013-05-06T05:30:00Z');
    const a = await startInstance('a', monday);
    const b = await startInstance('b', monday);
    await Promise.all([a.scheduler.runNow('cycle-digest'), b.scheduler.runNow('cycle-digest')]);
    await Promise.all(
      [a, b].map((i) => sendWeeklyDigest(i.handle.db, { mailer: i.mailer, baseUrl: BASE_URL, instanceId: i.scheduler.instanceId, now: monday })),
    );
    const english = await smtp.waitForMailTo('analyst@kk.test');
    const danish = await smtp.waitForMailTo('admin@kk.test');
    await pause(300);
    expect(smtp.messages).toHaveLength(2);
    expect(english.subject).toBe('This week in the annual cycle, week 19');
    expect(english.text).toMatch(/Due within 14 days \(1\):\r?\n- Status statement from the committees, Technical and Environmental Committee, due 6 May 2013/);
    expect(english.text).toMatch(/Submitted and waiting for review \(1\):\r?\n- Status statement from the committees, Employment and Integration Committee/);
    expect(danish.subject).toBe('Ugens overblik over årshjulet, uge 19');
    // Later the same week: nothing more.
    const thursday = new Date('2013-05-09T05:30:00Z');
    await sendWeeklyDigest(a.handle.db, { mailer: a.mailer, baseUrl: BASE_URL, instanceId: 'a', now: thursday });
    await pause(300);
    expect(smtp.messages).toHaveLength(2);
  });
});
