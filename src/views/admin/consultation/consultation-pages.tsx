// The consultation screens: the list of inputs with filters, an input's form
// (source, date, who, text, tags to goals and committees, status), and the
// catalogue of one committee with its DOCX download.
import { pick, translator } from '../../../i18n/index.js';
import type { ConsultationCatalogue } from '../../../services/consultation/consultation-catalogue.js';
import type { ConsultationInputView } from '../../../services/consultation/consultation-list.js';
import { ErrorSummary } from '../forms/error-summary.js';
import type { FieldSpec } from '../forms/field-spec.js';
import { Field } from '../forms/field.js';
import { FilterForm } from '../forms/filter-form.js';
import type { Option } from '../forms/form-values.js';
import { Notice } from '../forms/notice.js';
import { PostForm } from '../forms/post-form.js';
import type { ShownForm } from '../forms/shown-form.js';
import type { MessageKey, Lang } from '../../../i18n/index.js';
import { AdminDate } from '../admin-date.js';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface ConsultationChoices {
  readonly sources: readonly Option[];
  readonly statuses: readonly Option[];
  readonly committees: readonly Option[];
  readonly goals: readonly Option[];
}

export function ConsultationListPage({
  lang,
  policy,
  inputs,
  choices,
  filter,
}: {
  lang: Lang;
  policy: string;
  inputs: readonly ConsultationInputView[];
  choices: ConsultationChoices;
  filter: Record<string, string>;
}) {
  const t = translator(lang);
  const shown = { values: filter, errors: {} };
  return (
    <>
      <h1>{t('consultation.title')}</h1>
      <p>{t('consultation.intro', { policy })}</p>
      <p>
        <a class="button button-primary" href="/admin/consultation/new">
          {t('consultation.new')}
        </a>
      </p>
      <h2>{t('consultation.catalogues')}</h2>
      <ul>
        {choices.committees.map((c) => (
          <li>
            <a href={`/admin/consultation/catalogue/${c.value}`}>{c.label}</a>
          </li>
        ))}
      </ul>
      <h2>{t('consultation.title')}</h2>
      <FilterForm action="/admin/consultation" lang={lang}>
        <Field
          lang={lang}
          shown={shown}
          spec={{
            kind: 'select',
            name: 'source',
            label: t('consultation.filterSource'),
            options: choices.sources,
            emptyLabel: t('common.all'),
            required: true,
          }}
        />
        <Field
          lang={lang}
          shown={shown}
          spec={{
            kind: 'select',
            name: 'status',
            label: t('consultation.filterStatus'),
            options: choices.statuses,
            emptyLabel: t('common.all'),
            required: true,
          }}
        />
        <Field
          lang={lang}
          shown={shown}
          spec={{
            kind: 'select',
            name: 'committee',
            label: t('consultation.filterCommittee'),
            options: choices.committees,
            emptyLabel: t('common.all'),
            required: true,
          }}
        />
        <Field
          lang={lang}
          shown={shown}
          spec={{ kind: 'select', name: 'goal', label: t('consultation.filterGoal'), options: choices.goals, emptyLabel: t('common.all'), required: true }}
        />
      </FilterForm>
      {inputs.length === 0 ? (
        <p>{t('common.empty')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption class="sr-only">{t('consultation.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consultation.col.title')}</th>
                <th scope="col">{t('consultation.col.source')}</th>
                <th scope="col">{t('consultation.col.date')}</th>
                <th scope="col">{t('consultation.col.author')}</th>
                <th scope="col">{t('consultation.col.status')}</th>
                <th scope="col">{t('consultation.col.tags')}</th>
              </tr>
            </thead>
            <tbody>
              {inputs.map((input) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/consultation/${input.id}`}>{input.title}</a>
                  </th>
                  <td>{t(`catalogue.source.${input.sourceKind}`)}</td>
                  <td>{input.receivedOn && <AdminDate lang={lang} date={input.receivedOn} />}</td>
                  <td>{input.author ?? t('consultation.anonymous')}</td>
                  <td>{t(`catalogue.status.${input.status}`)}</td>
                  <td>{[...input.goals.map((g) => `${lang === 'da' ? 'Mål' : 'Goal'} ${g.number}`), ...input.committees.map((c) => c.code)].join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t('common.count', { count: inputs.length })}</p>
    </>
  );
}

function consultationSpecs(t: T, choices: ConsultationChoices): FieldSpec[] {
  return [
    { kind: 'select', name: 'sourceKind', label: t('consultation.field.source'), options: choices.sources, emptyLabel: t('common.none'), required: true },
    { kind: 'text', name: 'receivedOn', label: t('consultation.field.receivedOn'), hint: t('field.dateHint'), required: true },
    { kind: 'text', name: 'author', label: t('consultation.field.author'), hint: t('consultation.field.authorHint') },
    { kind: 'text', name: 'title', label: t('consultation.field.title'), required: true },
    { kind: 'textarea', name: 'body', label: t('consultation.field.body'), required: true },
    { kind: 'radios', name: 'status', label: t('consultation.field.status'), options: choices.statuses },
    { kind: 'checkboxes', name: 'goalIds', label: t('consultation.field.goals'), options: choices.goals },
    { kind: 'checkboxes', name: 'committeeIds', label: t('consultation.field.committees'), options: choices.committees },
  ];
}

export function ConsultationFormPage(props: {
  lang: Lang;
  title: string;
  action: string;
  csrfToken: string;
  choices: ConsultationChoices;
  shown: ShownForm;
  version: number | null;
  notice: { kind: 'success' | 'error'; text: string } | null;
}) {
  const t = translator(props.lang);
  const specs = consultationSpecs(t, props.choices);
  return (
    <>
      <h1>{props.title}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary specs={specs} errors={props.shown.errors} lang={props.lang} />
      <PostForm action={props.action} csrfToken={props.csrfToken} hidden={props.version === null ? {} : { version: String(props.version) }}>
        {specs.map((spec) => (
          <Field spec={spec} shown={props.shown} lang={props.lang} />
        ))}
        <button type="submit" class="button button-primary">
          {props.version === null ? t('common.create') : t('common.save')}
        </button>
      </PostForm>
      <p>
        <a href="/admin/consultation">{t('common.back')}</a>
      </p>
    </>
  );
}

export function CataloguePage({ lang, catalogue, committeeId }: { lang: Lang; catalogue: ConsultationCatalogue; committeeId: number }) {
  const t = translator(lang);
  const committee = pick(lang, catalogue.committee.name.da, catalogue.committee.name.en);
  return (
    <>
      <h1>{t('consultation.catalogueTitle', { committee })}</h1>
      <p>{t('consultation.catalogueIntro')}</p>
      <p>
        <a class="button button-secondary" href={`/admin/consultation/catalogue/${committeeId}/docx`}>
          {t('consultation.catalogueDownload')}
        </a>
      </p>
      {catalogue.count === 0 && <p>{t('catalogue.none')}</p>}
      {catalogue.sections.map((section) => (
        <section>
          <h2>
            {section.goal
              ? t('consultation.goal', { number: section.goal.number, title: pick(lang, section.goal.title.da, section.goal.title.en) })
              : t('consultation.otherInputs')}
          </h2>
          {section.entries.map((entry) => (
            <article>
              <h3>{entry.title}</h3>
              <p>
                <em>
                  {t(`catalogue.source.${entry.sourceKind}`)} · {entry.receivedOn && <AdminDate lang={lang} date={entry.receivedOn} />} ·{' '}
                  {entry.author ?? t('consultation.anonymous')} · {t(`catalogue.status.${entry.status}`)}
                </em>
              </p>
              <p>{entry.body}</p>
            </article>
          ))}
        </section>
      ))}
    </>
  );
}
