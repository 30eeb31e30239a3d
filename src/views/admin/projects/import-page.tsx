// Uploading a project list: the file, a dry run that changes nothing, and
// the import; then every problem as row, column and reason, or the projects
// the file holds, or how many were imported.
import type { ImportedProject, ImportProblem } from '../../../domain/projects/project-import.js';
import { Field } from '../forms/field.js';
import { Notice } from '../forms/notice.js';
import { PostForm } from '../forms/post-form.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import { dateText } from '../admin-date.js';

/** What the file chooser offers: the two formats a project list is read from. */
const PROJECT_LIST_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ImportOutcome =
  | { kind: 'none' }
  | { kind: 'missingFile' }
  | { kind: 'tooLarge'; maxMb: number }
  | { kind: 'problems'; problems: readonly ImportProblem[] }
  | { kind: 'ready'; projects: readonly ImportedProject[] }
  | { kind: 'imported'; count: number };

export function ImportPage({ lang, csrfToken, outcome }: { lang: Lang; csrfToken: string; outcome: ImportOutcome }) {
  const t = translator(lang);
  const errors: Record<string, string> =
    outcome.kind === 'missingFile'
      ? { file: t('error.noFile') }
      : outcome.kind === 'tooLarge'
        ? { file: t('error.file.tooLarge', { max: outcome.maxMb }) }
        : {};
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      {outcome.kind === 'imported' && <Notice kind="success">{t('import.done', { count: outcome.count })}</Notice>}
      {outcome.kind === 'ready' && <Notice kind="success">{t('import.ready', { count: outcome.projects.length })}</Notice>}
      {outcome.kind === 'problems' && (
        <>
          <Notice kind="error">{outcome.problems.length === 1 ? t('import.problemsOne') : t('import.problems', { count: outcome.problems.length })}</Notice>
          <div class="table--responsive-scroll">
            <table class="table table--zebra admin-import-problems">
              <caption class="sr-only">{t('import.problems', { count: outcome.problems.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.col.row')}</th>
                  <th scope="col">{t('import.col.column')}</th>
                  <th scope="col">{t('import.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {outcome.problems.map((p) => (
                  <tr>
                    <td>{p.row ?? t('import.wholeFile')}</td>
                    <td>{p.column ?? '–'}</td>
                    <td>
                      {p.message} <small>({p.code})</small>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {outcome.kind === 'ready' && (
        <>
          <h2>{t('import.preview')}</h2>
          <ul>
            {outcome.projects.map((p) => (
              <li>
                {t('import.col.row')} {p.row}: {p.title} ({dateText(lang, p.startOn)} – {dateText(lang, p.endOn)})
              </li>
            ))}
          </ul>
        </>
      )}
      <PostForm action="/admin/projects/import" csrfToken={csrfToken} multipart>
        <Field
          lang={lang}
          shown={{ values: {}, errors }}
          spec={{ kind: 'file', name: 'file', label: t('import.file'), required: true, accept: PROJECT_LIST_ACCEPT }}
        />
        <button type="submit" name="mode" value="check" class="button button-secondary">
          {t('import.check')}
        </button>{' '}
        <button type="submit" name="mode" value="commit" class="button button-primary">
          {t('import.commit')}
        </button>
      </PostForm>
      <p>
        <a href="/admin/projects">{t('projects.title')}</a>
      </p>
    </>
  );
}
