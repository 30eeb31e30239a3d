// /admin/letters: the drafts made so far, and the form that makes a new one
// for a letter, a release, a committee (challenge letter) and a language.
import { letterText } from '../../../i18n/letters.js';
import { Csrf, LetterNotice, SelectField } from './letter-form-parts.js';
import type { Lang, Problems } from './letter-form-parts.js';

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
  readonly values: Readonly<Record<string, string>>;
  readonly problems: Problems;
  readonly notice: { kind: 'success' | 'error'; text: string } | null;
  readonly canEditTemplates: boolean;
}

export function LettersHomePage(props: LettersHomeProps) {
  const { lang } = props;
  const t = (key: Parameters<typeof letterText>[1]) => letterText(lang, key);
  const kinds = (['orientation', 'challenge', 'report'] as const).map((k) => ({ value: k, label: t(`letters.kind.${k}`) }));
  return (
    <>
      <h1>{t('letters.title')}</h1>
      <p>{t('letters.intro')}</p>
      {props.notice && <LetterNotice kind={props.notice.kind}>{props.notice.text}</LetterNotice>}
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
                  {d.updatedAt.slice(0, 16).replace('T', ' ')} ({d.updatedBy})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('letters.new')}</h2>
      <form method="post" action="/admin/letters" class="admin-form" novalidate>
        <Csrf token={props.csrfToken} />
        <SelectField lang={lang} name="kind" label="letters.field.kind" options={kinds} value={props.values.kind ?? 'orientation'} problem={props.problems.kind} />
        <SelectField lang={lang} name="release" label="letters.field.release" options={props.releases} value={props.values.release ?? 'latest'} problem={props.problems.release} />
        <SelectField
          lang={lang}
          name="committee"
          label="letters.field.committee"
          hint="letters.field.committeeHint"
          options={props.committees}
          value={props.values.committee ?? ''}
          problem={props.problems.committee}
          emptyLabel="–"
        />
        <SelectField
          lang={lang}
          name="lang"
          label="letters.field.lang"
          options={[
            { value: 'da', label: t('letters.lang.da') },
            { value: 'en', label: t('letters.lang.en') },
          ]}
          value={props.values.lang ?? lang}
          problem={props.problems.lang}
        />
        <button type="submit" class="button button-primary">
          {t('letters.generate')}
        </button>
      </form>
    </>
  );
}
