// Adding or editing a milestone of a year's cycle (the secretariat). A
// refused form comes back with the message beside the field and what was typed.
import { MILESTONE_KINDS } from '../../../domain/cycle/default-milestones.js';
import { cycleText } from '../../../i18n/admin-cycle.js';
import type { AdminCycleKey } from '../../../i18n/admin-cycle.js';
import type { AdminLang } from '../../../i18n/admin.js';
import type { ComponentChildren } from 'preact';
import { Notice } from '../form-fields.js';

export interface MilestoneFormProps {
  readonly lang: AdminLang;
  readonly csrfToken: string;
  readonly action: string;
  readonly deleteAction: string | null;
  readonly values: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, AdminCycleKey>>;
  readonly notice: { readonly kind: 'success' | 'error'; readonly text: string } | null;
  readonly isNew: boolean;
  readonly backHref: string;
  /** The tasks section, on an existing milestone's page. */
  readonly children?: ComponentChildren;
}

const FIELDS: readonly { name: string; label: AdminCycleKey; kind: 'text' | 'textarea'; hint?: AdminCycleKey }[] = [
  { name: 'titleDa', label: 'milestone.titleDa', kind: 'text' },
  { name: 'titleEn', label: 'milestone.titleEn', kind: 'text' },
  { name: 'date', label: 'milestone.date', kind: 'text', hint: 'milestone.dateHint' },
  { name: 'descriptionDa', label: 'milestone.descriptionDa', kind: 'textarea' },
  { name: 'descriptionEn', label: 'milestone.descriptionEn', kind: 'textarea' },
];

export function MilestoneFormPage({ lang, csrfToken, action, deleteAction, values, errors, notice, isNew, backHref, children }: MilestoneFormProps) {
  const t = (key: AdminCycleKey) => cycleText(lang, key);
  const problems = Object.entries(errors);
  return (
    <>
      <p>
        <a href={backHref}>{t('task.back')}</a>
      </p>
      <h1>{t(isNew ? 'milestone.newHeading' : 'milestone.editHeading')}</h1>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {problems.length > 0 && (
        <div class="alert alert-error" role="alert">
          <div class="alert-body">
            <p class="alert-heading">{t('cycle.error.summary')}</p>
            <ul class="alert-text nobullet-list">
              {problems.map(([name, key]) => (
                <li>
                  <a href={`#ms-${name}`}>{`${t(FIELDS.find((f) => f.name === name)?.label ?? 'milestone.kind')}: ${t(key)}`}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <form method="post" action={action} class="admin-form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        {values.version !== undefined && <input type="hidden" name="version" value={values.version} />}
        <div class="form-group">
          <label class="form-label" for="ms-kind">
            {t('milestone.kind')}
          </label>
          <select class="form-select" id="ms-kind" name="kind">
            {MILESTONE_KINDS.map((kind) => (
              <option value={kind} selected={values.kind === kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        {FIELDS.map((field) => {
          const error = errors[field.name];
          const id = `ms-${field.name}`;
          const describedBy = [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
          return (
            <div class={error ? 'form-group form-error' : 'form-group'}>
              <label class="form-label" for={id}>
                {t(field.label)}
              </label>
              {field.hint && (
                <span class="form-hint" id={`${id}-hint`}>
                  {t(field.hint)}
                </span>
              )}
              {error && (
                <span class="form-error-message" id={`${id}-error`}>
                  <span class="sr-only">{lang === 'da' ? 'Fejl: ' : 'Error: '}</span>
                  {t(error)}
                </span>
              )}
              {field.kind === 'textarea' ? (
                <textarea class="form-input" id={id} name={field.name} rows={3} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} value={values[field.name] ?? ''} />
              ) : (
                <input class="form-input" type="text" id={id} name={field.name} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} value={values[field.name] ?? ''} />
              )}
            </div>
          );
        })}
        <button type="submit" class="button button-primary">
          {t('milestone.save')}
        </button>
      </form>
      {children}
      {deleteAction && (
        <form method="post" action={deleteAction} class="admin-form">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" class="button button-secondary">
            {t('milestone.delete')}
          </button>
        </form>
      )}
    </>
  );
}
