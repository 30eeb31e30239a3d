// The form for a project's fields: every public field, the goals it serves,
// and, for the secretariat, the committee, the owner's account and the
// internal fields (which never reach the public pages).
import { formatKroner } from '../../../i18n/format.js';
import { ErrorSummary } from '../forms/error-summary.js';
import type { FieldSpec } from '../forms/field-spec.js';
import { Field } from '../forms/field.js';
import type { Option } from '../forms/form-values.js';
import { Notice } from '../forms/notice.js';
import { PostForm } from '../forms/post-form.js';
import type { ShownForm } from '../forms/shown-form.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';

export interface ProjectFormChoices {
  readonly committees: readonly Option[];
  readonly administrations: readonly Option[];
  readonly goals: readonly Option[];
  readonly owners: readonly Option[];
  readonly thresholdKr: number;
}

function projectSpecs(lang: Lang, choices: ProjectFormChoices, withInternals: boolean): { public: FieldSpec[]; internal: FieldSpec[] } {
  const t = translator(lang);
  const date = t('field.dateHint');
  return {
    public: [
      { kind: 'text', name: 'title', label: t('field.title'), required: true },
      { kind: 'text', name: 'reference', label: t('field.reference') },
      { kind: 'textarea', name: 'description', label: t('field.description') },
      { kind: 'text', name: 'owner', label: t('field.owner'), required: true },
      ...(withInternals
        ? [
            {
              kind: 'select',
              name: 'committeeId',
              label: t('field.committee'),
              options: choices.committees,
              emptyLabel: t('common.none'),
              required: true,
            } as const,
          ]
        : []),
      {
        kind: 'select',
        name: 'administrationId',
        label: t('field.administration'),
        hint: t('field.administrationHint'),
        options: choices.administrations,
        emptyLabel: t('common.none'),
      },
      { kind: 'checkboxes', name: 'goalIds', label: t('field.goals'), options: choices.goals },
      { kind: 'text', name: 'startOn', label: t('field.startOn'), hint: date, required: true },
      { kind: 'text', name: 'endOn', label: t('field.endOn'), hint: date, required: true },
      { kind: 'number', name: 'budgetKr', label: t('field.budget') },
      {
        kind: 'number',
        name: 'cofundingKr',
        label: t('field.cofunding'),
        hint: t('field.cofundingHint', { threshold: formatKroner(lang, choices.thresholdKr) }),
      },
      { kind: 'text', name: 'fundingSource', label: t('field.fundingSource') },
      { kind: 'text', name: 'targetGroup', label: t('field.targetGroup') },
      { kind: 'text', name: 'contact', label: t('field.contact') },
    ],
    internal: withInternals
      ? [
          {
            kind: 'select',
            name: 'ownerUserId',
            label: t('field.ownerUser'),
            hint: t('field.ownerUserHint'),
            options: choices.owners,
            emptyLabel: t('common.none'),
          },
          { kind: 'text', name: 'caseNumber', label: t('field.caseNumber') },
          { kind: 'textarea', name: 'internalNote', label: t('field.internalNote') },
        ]
      : [],
  };
}

export interface ProjectFormProps {
  lang: Lang;
  title: string;
  action: string;
  csrfToken: string;
  choices: ProjectFormChoices;
  withInternals: boolean;
  shown: ShownForm;
  version: number | null;
  notice: { kind: 'error' | 'warning'; text: string } | null;
  backHref: string;
}

export function ProjectFormPage(props: ProjectFormProps) {
  const { lang, shown } = props;
  const t = translator(lang);
  const specs = projectSpecs(lang, props.choices, props.withInternals);
  return (
    <>
      <h1>{props.title}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary specs={[...specs.public, ...specs.internal]} errors={shown.errors} lang={lang} />
      <PostForm action={props.action} csrfToken={props.csrfToken} hidden={props.version === null ? {} : { version: String(props.version) }}>
        {specs.public.map((spec) => (
          <Field spec={spec} shown={shown} lang={lang} />
        ))}
        {props.withInternals && (
          <fieldset>
            <legend class="h3">{t('projects.internal')}</legend>
            <p class="form-hint">{t('projects.internalHint')}</p>
            {specs.internal.map((spec) => (
              <Field spec={spec} shown={shown} lang={lang} />
            ))}
          </fieldset>
        )}
        <button type="submit" class="button button-primary">
          {props.version === null ? t('common.create') : t('common.save')}
        </button>
      </PostForm>
      <p>
        <a href={props.backHref}>{t('common.back')}</a>
      </p>
    </>
  );
}
