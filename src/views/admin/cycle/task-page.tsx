// A task's page: what is asked and by when, the answer form for those who
// answer it (save a draft, submit), files, the secretariat's review (approve,
// return with a reason, move the deadline), comments and the history.
// Every form works without JavaScript and carries the CSRF token.
import { AdminDate, AdminMoment } from '../admin-date.js';
import { pick, t, translator } from '../../../i18n/index.js';
import type { TaskView } from '../../../services/cycle/task-view.js';
import { CsrfInput } from '../forms/hidden-inputs.js';
import { Notice } from '../forms/notice.js';
import { stateWords } from './cycle-frame.js';
import type { MessageKey, Lang } from '../../../i18n/index.js';

export interface TaskPageProps {
  readonly lang: Lang;
  readonly task: TaskView;
  readonly csrfToken: string;
  readonly notice: { readonly kind: 'success' | 'error'; readonly text: string } | null;
  /** What was typed, when a form comes back refused. */
  readonly typed?: Readonly<Record<string, string>>;
  readonly planHref: ((planId: number) => string) | null;
  readonly maxUploadMb: number;
}

/** Text as written: a paragraph per blank-line-separated block, line breaks kept. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((block) => (
        <p>
          {block.split('\n').map((line, index) => (
            <>
              {index > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}

export function taskTitle(lang: Lang, task: TaskView): string {
  return t(lang, 'task.heading', {
    title: pick(lang, task.milestone.title.da, task.milestone.title.en),
    assignee: pick(lang, task.assignee.name.da, task.assignee.name.en),
  });
}

export function TaskPage({ lang, task, csrfToken, notice, typed, planHref, maxUploadMb }: TaskPageProps) {
  const t = translator(lang);
  const fieldValue = (key: string) => typed?.[key] ?? task.fields[key] ?? '';
  const open = task.may.answer || task.may.submit;
  return (
    <>
      <p>
        <a href={`/admin/cycle/${task.cycleId}/list#milestone-${task.milestone.id}`}>{t('task.back')}</a>
      </p>
      <h1>{taskTitle(lang, task)}</h1>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <dl>
        <dt>{t('task.assignee')}</dt>
        <dd>{`${t(`assignee.${task.assignee.kind}`)}: ${pick(lang, task.assignee.name.da, task.assignee.name.en)}`}</dd>
        <dt>{t('task.deadline')}</dt>
        <dd>
          <AdminDate lang={lang} date={task.deadline} />
        </dd>
        <dt>{t('task.state')}</dt>
        <dd>{task.overdue ? <strong>{stateWords(lang, task)}</strong> : stateWords(lang, task)}</dd>
        {task.submittedAt && (
          <>
            <dt>{t('task.submittedAt')}</dt>
            <dd>
              <AdminMoment lang={lang} at={task.submittedAt} />
            </dd>
          </>
        )}
      </dl>

      {task.kind === 'action_plan' && (
        <section>
          <h2>{t('task.plan', { year: task.year })}</h2>
          {task.plan === null ? (
            <p>{t('task.noPlan', { year: task.year })}</p>
          ) : (
            <p>
              {planHref ? (
                <a href={planHref(task.plan.id)}>{t('task.planVersion', { title: task.plan.title, version: task.plan.version })}</a>
              ) : (
                t('task.planVersion', { title: task.plan.title, version: task.plan.version })
              )}
            </p>
          )}
        </section>
      )}

      <section>
        <h2>{t('task.answer')}</h2>
        {open ? (
          <form method="post" action={`/admin/cycle/tasks/${task.id}/answer`} class="admin-form">
            <CsrfInput token={csrfToken} />
            <input type="hidden" name="version" value={String(task.version)} />
            {task.fieldKeys.map((key) => (
              <div class="form-group">
                <label class="form-label" for={`field-${key}`}>
                  {t(`field.${key}` as MessageKey)}
                </label>
                <textarea class="form-input" id={`field-${key}`} name={`field.${key}`} rows={5} value={fieldValue(key)} />
              </div>
            ))}
            {task.may.answer && (
              <button type="submit" name="action" value="draft" class="button button-secondary">
                {t('task.saveDraft')}
              </button>
            )}{' '}
            {task.may.submit && (
              <button type="submit" name="action" value="submit" class="button button-primary">
                {t('task.submit')}
              </button>
            )}
          </form>
        ) : Object.values(task.fields).some((v) => v.trim() !== '') ? (
          task.fieldKeys.map((key) => (
            <>
              <h3>{t(`field.${key}` as MessageKey)}</h3>
              <Paragraphs text={task.fields[key] || '–'} />
            </>
          ))
        ) : (
          <p>{t('task.noAnswer')}</p>
        )}
      </section>

      <section>
        <h2>{t('task.attachments')}</h2>
        {task.attachments.length === 0 ? (
          <p>{t('task.noAttachments')}</p>
        ) : (
          <ul>
            {task.attachments.map((a) => (
              <li>
                <a href={`/admin/cycle/attachments/${a.id}`}>{a.fileName}</a> ({Math.max(1, Math.round(a.sizeBytes / 1024))} kB, {a.uploadedBy})
                {open && (
                  <form method="post" action={`/admin/cycle/attachments/${a.id}/delete`} class="admin-inline-form">
                    <CsrfInput token={csrfToken} />
                    <input type="hidden" name="confirm" value="yes" />{' '}
                    <button type="submit" class="button button-tertiary">
                      {t('task.removeAttachment', { name: a.fileName })}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
        {open && (
          <form method="post" action={`/admin/cycle/tasks/${task.id}/attachments`} enctype="multipart/form-data" class="admin-form">
            <CsrfInput token={csrfToken} />
            <div class="form-group">
              <label class="form-label" for="attachment-file">
                {t('task.upload')}
              </label>
              <span class="form-hint" id="attachment-hint">
                {t('task.uploadHint', { size: maxUploadMb })}
              </span>
              <input class="form-file-input" type="file" id="attachment-file" name="file" aria-describedby="attachment-hint" />
            </div>
            <button type="submit" class="button button-secondary">
              {t('task.uploadSubmit')}
            </button>
          </form>
        )}
      </section>

      {task.may.review && (
        <section>
          <h2>{t('task.review')}</h2>
          {task.may.approve && (
            <form method="post" action={`/admin/cycle/tasks/${task.id}/review`} class="admin-form">
              <CsrfInput token={csrfToken} />
              <input type="hidden" name="version" value={String(task.version)} />
              <button type="submit" name="action" value="approve" class="button button-primary">
                {t('task.approve')}
              </button>
            </form>
          )}
          {task.may.return && (
            <form method="post" action={`/admin/cycle/tasks/${task.id}/review`} class="admin-form">
              <CsrfInput token={csrfToken} />
              <input type="hidden" name="version" value={String(task.version)} />
              <div class="form-group">
                <label class="form-label" for="return-reason">
                  {t('task.returnReason')}
                </label>
                <textarea class="form-input" id="return-reason" name="comment" rows={3} value={typed?.comment ?? ''} />
              </div>
              <button type="submit" name="action" value="return" class="button button-secondary">
                {t('task.return')}
              </button>
            </form>
          )}
          <form method="post" action={`/admin/cycle/tasks/${task.id}/deadline`} class="admin-form">
            <CsrfInput token={csrfToken} />
            <input type="hidden" name="version" value={String(task.version)} />
            <div class="form-group">
              <label class="form-label" for="task-deadline">
                {t('task.editDeadline')}
              </label>
              <span class="form-hint" id="task-deadline-hint">
                {t('milestone.dateHint')}
              </span>
              <input
                class="form-input input-width-s"
                type="text"
                id="task-deadline"
                name="deadline"
                value={typed?.deadline ?? task.deadline}
                aria-describedby="task-deadline-hint"
              />
            </div>
            <button type="submit" class="button button-secondary">
              {t('task.editDeadline')}
            </button>
          </form>
        </section>
      )}

      <section>
        <h2>{t('task.comments')}</h2>
        {task.comments.length === 0 ? (
          <p>{t('task.noComments')}</p>
        ) : (
          <ul class="nolist">
            {task.comments.map((c) => (
              <li>
                <p>
                  <strong>{c.by}</strong>, <AdminMoment lang={lang} at={c.at} />
                </p>
                <Paragraphs text={c.body} />
              </li>
            ))}
          </ul>
        )}
        <form method="post" action={`/admin/cycle/tasks/${task.id}/comments`} class="admin-form">
          <CsrfInput token={csrfToken} />
          <div class="form-group">
            <label class="form-label" for="comment-body">
              {t('task.comment')}
            </label>
            <textarea class="form-input" id="comment-body" name="body" rows={3} value={typed?.body ?? ''} />
          </div>
          <button type="submit" class="button button-secondary">
            {t('task.addComment')}
          </button>
        </form>
      </section>

      <section>
        <h2>{t('task.history')}</h2>
        <ol>
          {task.history.map((h) => (
            <li>
              <AdminMoment lang={lang} at={h.at} />:{' '}
              {h.from === null ? `${t('task.created')}: ${t(`state.${h.to}`)}` : t('task.historyEntry', { from: t(`state.${h.from}`), to: t(`state.${h.to}`) })}{' '}
              ({h.by}){h.note ? ` – ${h.note}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
