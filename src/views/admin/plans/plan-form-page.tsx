// The form for a new action plan or a new version of one: the plan's fields,
// then one group of fields per initiative (with a budget field per year),
// one empty group to add an initiative, and a button that brings another
// empty group without losing what was typed (no JavaScript needed).
import { pick, translator } from '../../../i18n/index.js';
import type { PlanChoices } from '../../../services/plans/plan-choices.js';
import { ErrorSummary } from '../forms/error-summary.js';
import type { FieldSpec } from '../forms/field-spec.js';
import { Field } from '../forms/field.js';
import { Notice } from '../forms/notice.js';
import { PostForm } from '../forms/post-form.js';
import type { ShownForm } from '../forms/shown-form.js';
import type { Lang } from '../../../i18n/index.js';

export interface PlanFormProps {
  lang: Lang;
  title: string;
  intro?: string;
  action: string;
  csrfToken: string;
  choices: PlanChoices;
  shown: ShownForm;
  /** The plan's fields above the initiatives (committee and year, or the revision note). */
  headSpecs: readonly FieldSpec[];
  initiativeCount: number;
  budgetYears: (index: number) => readonly number[];
  hidden: Readonly<Record<string, string>>;
  submitLabel: string;
  notice?: { kind: 'error' | 'warning'; text: string } | null;
  backHref: string;
}

function initiativeSpecs(lang: Lang, choices: PlanChoices, index: number, years: readonly number[]): FieldSpec[] {
  const t = translator(lang);
  const p = `i${index}.`;
  return [
    { kind: 'text', name: `${p}title`, label: t('plans.form.i.title'), required: true },
    { kind: 'textarea', name: `${p}description`, label: t('plans.form.i.description') },
    { kind: 'textarea', name: `${p}resultTarget`, label: t('plans.form.i.resultTarget'), hint: t('plans.form.i.resultTargetHint'), required: true },
    {
      kind: 'select',
      name: `${p}indicatorId`,
      label: t('plans.form.i.indicator'),
      emptyLabel: t('common.none'),
      options: choices.indicators.map((i) => ({ value: String(i.id), label: `${pick(lang, i.title.da, i.title.en)} (${i.code})` })),
    },
    { kind: 'text', name: `${p}owner`, label: t('plans.form.i.owner') },
    { kind: 'number', name: `${p}firstYear`, label: t('plans.form.i.firstYear'), required: true },
    { kind: 'number', name: `${p}lastYear`, label: t('plans.form.i.lastYear'), required: true },
    {
      kind: 'checkboxes',
      name: `${p}goalIds`,
      label: t('plans.form.i.goals'),
      options: choices.goals.map((g) => ({ value: String(g.id), label: `${g.number}. ${pick(lang, g.title.da, g.title.en)}` })),
    },
    ...years.map((year): FieldSpec => ({ kind: 'number', name: `${p}budget.${year}`, label: t('plans.form.i.budget', { year }) })),
  ];
}

export function PlanFormPage(props: PlanFormProps) {
  const { lang, shown } = props;
  const t = translator(lang);
  const head: FieldSpec[] = [
    ...props.headSpecs,
    { kind: 'text', name: 'title', label: t('plans.form.title'), required: true },
    { kind: 'textarea', name: 'summary', label: t('plans.form.summary') },
    { kind: 'text', name: 'approvedOn', label: t('plans.form.approvedOn'), hint: t('plans.form.approvedOnHint') },
  ];
  const groups = Array.from({ length: props.initiativeCount }, (_, index) => ({
    index,
    specs: initiativeSpecs(lang, props.choices, index, props.budgetYears(index)),
  }));
  const everySpec = [...head, ...groups.flatMap((g) => g.specs)];
  return (
    <>
      <h1>{props.title}</h1>
      {props.intro && <p>{props.intro}</p>}
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary specs={everySpec} errors={shown.errors} lang={lang} />
      <PostForm action={props.action} csrfToken={props.csrfToken} hidden={{ ...props.hidden, initiativeCount: String(props.initiativeCount) }}>
        {head.map((spec) => (
          <Field spec={spec} shown={shown} lang={lang} />
        ))}
        <h2>{t('plans.initiatives')}</h2>
        <p>{t('plans.form.initiativesHint')}</p>
        {groups.map((group) => (
          <fieldset class="admin-initiative">
            <legend class="h3">{t('plans.initiative', { n: group.index + 1 })}</legend>
            {group.specs.map((spec) => (
              <Field spec={spec} shown={shown} lang={lang} />
            ))}
            <div class="form-group form-group-checkbox">
              <input
                type="checkbox"
                class="form-checkbox"
                id={`field-i${group.index}-remove`}
                name={`i${group.index}.remove`}
                value="on"
                checked={shown.values[`i${group.index}.remove`] === 'on'}
              />
              <label for={`field-i${group.index}-remove`}>{t('plans.form.remove')}</label>
            </div>
          </fieldset>
        ))}
        <p>
          <button type="submit" name="add" value="1" class="button button-secondary">
            {t('plans.form.addInitiative')}
          </button>
        </p>
        <button type="submit" class="button button-primary">
          {props.submitLabel}
        </button>
      </PostForm>
      <p>
        <a href={props.backHref}>{t('common.back')}</a>
      </p>
    </>
  );
}
