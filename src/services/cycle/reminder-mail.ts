// The words of the reminder e-mails and the weekly digest, in the
// recipient's language, from the cycle's message catalogue.
import type { TaskReminderKind } from '../../domain/cycle/reminders.js';
import { pick, translator } from '../../i18n/index.js';
import { formatLongDate } from '../../i18n/format.js';
import type { MailMessage } from '../../mail/mailer.js';
import type { OpenTaskRow } from '../../db/repositories/reminder-targets.js';
import { daysBetween } from '../../domain/cycle/iso-dates.js';
import type { MessageKey, Lang } from '../../i18n/index.js';

export interface Recipient {
  readonly email: string;
  readonly name: string;
  readonly language: Lang;
}

function taskUrl(baseUrl: string, taskId: number): string {
  return `${baseUrl}/admin/cycle/tasks/${taskId}`;
}

function describe(lang: Lang, task: OpenTaskRow) {
  return {
    task: pick(lang, task.title_da, task.title_en),
    assignee:
      task.committee_id !== null
        ? pick(lang, task.committee_name_da ?? '', task.committee_name_en)
        : pick(lang, task.administration_name_da ?? '', task.administration_name_en),
    deadline: formatLongDate(task.deadline, lang),
  };
}

export function taskReminderMail(kind: TaskReminderKind, task: OpenTaskRow, to: Recipient, options: { baseUrl: string; today: string }): MailMessage {
  const lang = to.language;
  const t = translator(lang);
  const values = { ...describe(lang, task), days: daysBetween(options.today, task.deadline) };
  const text = [
    t('mail.greeting', { name: to.name || to.email }),
    '',
    t(`mail.${kind}.body`, values),
    t('mail.state', { state: t(`state.${task.state}`).toLowerCase() }),
    '',
    t('mail.link', { url: taskUrl(options.baseUrl, task.id) }),
    '',
    t('mail.signature'),
  ].join('\n');
  return { to: to.email, subject: t(`mail.${kind}.subject`, values), text };
}

export interface DigestContent {
  readonly overdue: readonly OpenTaskRow[];
  readonly dueSoon: readonly OpenTaskRow[];
  readonly toReview: readonly OpenTaskRow[];
}

export function isDigestEmpty(content: DigestContent): boolean {
  return content.overdue.length + content.dueSoon.length + content.toReview.length === 0;
}

export function digestMail(content: DigestContent, to: Recipient, options: { baseUrl: string; week: string }): MailMessage {
  const lang = to.language;
  const t = translator(lang);
  const section = (heading: MessageKey, tasks: readonly OpenTaskRow[]) =>
    tasks.length === 0
      ? []
      : [
          '',
          t(heading, { count: tasks.length }),
          ...tasks.map((task) => t('mail.digest.line', { ...describe(lang, task), url: taskUrl(options.baseUrl, task.id) })),
        ];
  const text = [
    t('mail.greeting', { name: to.name || to.email }),
    '',
    t('mail.digest.intro'),
    ...section('mail.digest.overdue', content.overdue),
    ...section('mail.digest.dueSoon', content.dueSoon),
    ...section('mail.digest.toReview', content.toReview),
    '',
    t('mail.signature'),
  ].join('\n');
  return { to: to.email, subject: t('mail.digest.subject', { week: options.week.slice(-2).replace(/^0/, '') }), text };
}
