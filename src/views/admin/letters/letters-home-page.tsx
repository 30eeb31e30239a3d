// /admin/letters: the drafts made so far, and the form that makes a new one
// for a letter, a release, a committee (challenge letter) or a project
// (red-twice letter), a date and a language.
import { LETTER_KINDS } from '../../../domain/letters/view-models.js';
import type { FieldSpec } from '../forms/field-spec.js';
import { Field } from '../forms/field.js';
import type { Option } from '../forms/form-values.js';
import { Notice } from '../forms/notice.js';
import { PostForm } from '../forms/post-form.js';
import type { FieldErrors } from '../forms/shown-form.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import { AdminMoment } from '../admin-date.js';

export interface DraftListItem {
  readonly id: number;
  readonly title: string;
  readonly kind: string;
  readonly lang: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export interface LettersHomeProps {
  readonly lang: Lang;
  readonly csrfToken: string;
  readonly drafts: readonly DraftListItem[];
  readonly releases: readonly { value: string; label: string }[];
  readonly committees: readonly { value: string; label: string }[];
  /** Projects rated red two quarters in a row. */
  readonly projects: readonly { value: string; label: string }[];
  /** The date field's default, `YYYY-MM-DD`. */
  readonly today: string;
  readonly values: Readonly<Record<string, string>>;
  readonly problems: FieldErrors;
  readonly notice: { kind: 'success' | 'error'; text: string } | null;
  readonly canEditTemplates: boolean;
}

/** The new draft's choices; only the committee may be left empty (it is for challenge letters). */
function newDraftSpecs(props: LettersHomeProps, kinds: readonly Option[]): FieldSpec[] {
  const t = translator(props.lang);
  return [
    { kind: 'select', name: 'kind', label: t('letters.field.kind'), options: kinds, required: true },
    { kind: 'select', name: 'release', label: t('letters.field.release'), options: props.releases, required: true },
    {
      kind: 'select',
      name: 'committee',
      label: t('letters.field.committee'),
      hint: t('letters.field.committeeHint'),
      options: props.committees,
      emptyLabel: '–',
    },
    {
      kind: 'select',
      name: 'project',
      label: t('letters.field.project'),
      hint: t('letters.field.projectHint'),
      options: props.projects,
      emptyLabel: '–',
    },
    { kind: 'checkbox', name: 'economy', label: t('letters.field.withEconomy') },
    { kind: 'date', name: 'date', label: t('letters.field.date'), hint: t('letters.field.dateHint'), required: true },
    {
      kind: 'select',
      name: 'lang',
      label: t('letters.field.lang'),
      options: [
        { value: 'da', label: t('letters.lang.da') },
        { value: 'en', label: t('letters.lang.en') },
      ],
      required: true,
    },
  ];
}

export function LettersHomePage(props: LettersHomeProps) {
  const { lang } = props;
  const t = translator(lang);
  const kinds = LETTER_KINDS.map((k) => ({ value: k, label: t(`letters.kind.${k}`) }));
  const shown = {
    values: { kind: 'orientation', release: 'latest', committee: '', project: '', date: props.today, lang, ...props.values },
    errors: props.problems,
  };
  return (
    <>
      <h1>{t('letters.title')}</h1>
      <p>{t('letters.intro')}</p>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      {props.canEditTemplates && (
        <ul class="admin-letter-links">
          <li>
            <a href="/admin/letters/templates">{t('letters.templates')}</a>
          </li>
          <li>
            <a href="/admin/letters/sender">{t('letters.sender')}</a>
          </li>
        </ul>
      )}
      <h2>{t('letters.drafts')}</h2>
      {props.drafts.length === 0 ? (
        <p>{t('letters.noDrafts')}</p>
      ) : (
        <table class="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('letters.field.title')}</th>
              <th scope="col">{t('letters.field.kind')}</th>
              <th scope="col">{t('letters.field.lang')}</th>
              <th scope="col">{t('letters.field.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {props.drafts.map((d) => (
              <tr>
                <th scope="row">
                  <a href={`/admin/letters/${d.id}`}>{d.title}</a>
                </th>
                <td>{d.kind}</td>
                <td>{d.lang}</td>
                <td>
                  <AdminMoment lang={lang} at={d.updatedAt} /> ({d.updatedBy})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('letters.new')}</h2>
      <PostForm action="/admin/letters" csrfToken={props.csrfToken}>
        {newDraftSpecs(props, kinds).map((spec) => (
          <Field spec={spec} shown={shown} lang={lang} />
        ))}
        <button type="submit" class="button button-primary">
          {t('letters.generate')}
        </button>
      </PostForm>
    </>
  );
}
