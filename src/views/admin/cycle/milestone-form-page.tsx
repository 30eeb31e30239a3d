// Adding or editing a milestone of a year's cycle (the secretariat). A
// refused form comes back with the message beside the field and what was typed.
import type { ComponentChildren } from 'preact';
import { MILESTONE_KINDS } from '../../../domain/cycle/default-milestones.js';
import type { FieldSpec } from '../forms/field-spec.js';
import { FieldsForm } from '../forms/fields-form.js';
import { CsrfInput } from '../forms/hidden-inputs.js';
import { Notice } from '../forms/notice.js';
import { translator } from '../../../i18n/index.js';
import type { MessageKey, Lang } from '../../../i18n/index.js';

export interface MilestoneFormProps {
  readonly lang: Lang;
  readonly csrfToken: string;
  readonly action: string;
  readonly deleteAction: string | null;
  readonly values: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, MessageKey>>;
  readonly notice: { readonly kind: 'success' | 'error'; readonly text: string } | null;
  readonly isNew: boolean;
  readonly backHref: string;
  /** The tasks section, on an existing milestone's page. */
  readonly children?: ComponentChildren;
}

/** The milestone's fields; titles in both languages and the date are required. */
function milestoneSpecs(t: (key: MessageKey) => string): FieldSpec[] {
  return [
    {
      kind: 'select',
      name: 'kind',
      label: t('milestone.kind'),
      options: MILESTONE_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })),
      required: true,
    },
    { kind: 'text', name: 'titleDa', label: t('milestone.titleDa'), required: true },
    { kind: 'text', name: 'titleEn', label: t('milestone.titleEn'), required: true },
    // Typed as text, so a date written the Danish way comes back as written.
    { kind: 'text', name: 'date', label: t('milestone.date'), hint: t('milestone.dateHint'), required: true },
    { kind: 'textarea', name: 'descriptionDa', label: t('milestone.descriptionDa'), rows: 3 },
    { kind: 'textarea', name: 'descriptionEn', label: t('milestone.descriptionEn'), rows: 3 },
  ];
}

export function MilestoneFormPage({ lang, csrfToken, action, deleteAction, values, errors, notice, isNew, backHref, children }: MilestoneFormProps) {
  const t = translator(lang);
  const errorTexts = Object.fromEntries(Object.entries(errors).map(([name, key]) => [name, t(key)]));
  return (
    <>
      <p>
        <a href={backHref}>{t('task.back')}</a>
      </p>
      <h1>{t(isNew ? 'milestone.newHeading' : 'milestone.editHeading')}</h1>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <FieldsForm
        lang={lang}
        action={action}
        csrfToken={csrfToken}
        specs={milestoneSpecs(t)}
        shown={{ values, errors: errorTexts }}
        hidden={values.version !== undefined ? { version: values.version } : undefined}
        submit={t('milestone.save')}
      />
      {children}
      {deleteAction && (
        <form method="post" action={deleteAction} class="admin-form">
          <CsrfInput token={csrfToken} />
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" class="button button-secondary">
            {t('milestone.delete')}
          </button>
        </form>
      )}
    </>
  );
}
