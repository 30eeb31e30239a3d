// The upload form, and the dry run's answer: counts of new, changed and
// unchanged figures, what the file would create, every problem as row,
// column, code and message, the figures themselves, and (when the file has
// no problem) the form that confirms the commit. The confirm form carries
// the file back (see routes/admin/releases/import-routes.tsx for why).
import type { ProblemCode } from '../../../importers/problem.js';
import type { ImportReport, PreviewFigure } from '../../../services/imports/import-report.js';
import type { FieldSpec } from '../forms/field-spec.js';
import { FieldsForm } from '../forms/fields-form.js';
import type { FormValues } from '../forms/form-values.js';
import { Notice } from '../forms/notice.js';
import { PostForm } from '../forms/post-form.js';
import type { FieldErrors } from '../forms/shown-form.js';
import { showValue } from './figure-format.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';

const UPLOAD_ACCEPT = '.csv,.xlsx,.json,.txt,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function uploadFields(lang: Lang): FieldSpec[] {
  const t = translator(lang);
  return [
    { kind: 'file', name: 'file', label: t('field.file'), hint: t('import.formats'), required: true, accept: UPLOAD_ACCEPT },
    {
      kind: 'select',
      name: 'format',
      label: t('field.format'),
      options: (['barometer', 'opensdg', 'jsonstat'] as const).map((f) => ({ value: f, label: t(`field.format.${f}`) })),
      emptyLabel: t('field.format.auto'),
    },
    { kind: 'file', name: 'mapping', label: t('field.mapping'), hint: t('field.mapping.hint'), accept: '.yaml,.yml,.json' },
    { kind: 'file', name: 'meta', label: t('field.meta'), hint: t('field.meta.hint'), accept: '.md,.markdown,text/markdown' },
    { kind: 'text', name: 'note', label: t('field.importNote'), hint: t('field.importNote.hint') },
  ];
}

export function UploadPage(props: {
  lang: Lang;
  releaseId: number;
  releaseTitle: string;
  csrfToken: string;
  values: FormValues;
  errors: FieldErrors;
  back: { href: string; label: string };
}) {
  const t = translator(props.lang);
  return (
    <>
      <p>
        <a href={props.back.href}>{props.back.label}</a>
      </p>
      <h1>{t('figures.import.title')}</h1>
      <p>{props.releaseTitle}</p>
      <p>{t('figures.import.intro')}</p>
      <FieldsForm
        lang={props.lang}
        action={`/admin/releases/${props.releaseId}/import`}
        csrfToken={props.csrfToken}
        specs={uploadFields(props.lang)}
        shown={{ values: props.values, errors: props.errors }}
        submit={t('figures.import.check')}
        multipart
      />
    </>
  );
}

function FigureTable({ lang, caption, figures }: { lang: Lang; caption: string; figures: readonly PreviewFigure[] }) {
  const t = translator(lang);
  return (
    <div class="table--responsive-scroll">
      <table class="table table--compact table--zebra">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.row')}</th>
            <th scope="col">{t('release.col.indicator')}</th>
            <th scope="col">{t('release.col.period')}</th>
            <th scope="col">{t('release.col.group')}</th>
            <th scope="col">{t('release.col.area')}</th>
            <th scope="col" class="text-align-right">
              {t('release.col.value')}
            </th>
            <th scope="col" class="text-align-right">
              {t('import.col.published')}
            </th>
            <th scope="col">{t('import.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr>
              <td>{figure.row}</td>
              <th scope="row">{figure.indicator}</th>
              <td>{figure.period}</td>
              <td>{figure.group}</td>
              <td>{figure.area}</td>
              <td class="text-align-right">{showValue(figure.value, lang)}</td>
              <td class="text-align-right">{figure.published === null ? '' : showValue(figure.published, lang)}</td>
              <td>{t(`import.change.${figure.change}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProblemTable({ lang, report }: { lang: Lang; report: ImportReport }) {
  const t = translator(lang);
  // The pipeline's own message (in English, with the details) follows the code's explanation in the page's language.
  const explain = (code: ProblemCode) => t(`code.${code}`);
  return (
    <>
      <h2 id="problems">{t('import.problemsTitle')}</h2>
      <Notice kind="error">{report.problemCount === 1 ? t('import.problemsIntroOne') : t('import.problemsIntro', { n: report.problemCount })}</Notice>
      {report.problemCount > report.problems.length && <p>{t('import.problemsMore', { shown: report.problems.length, n: report.problemCount })}</p>}
      <div class="table--responsive-scroll">
        <table class="table table--compact table--zebra import-problems">
          <caption class="sr-only">{t('import.problemsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.col.row')}</th>
              <th scope="col">{t('import.col.column')}</th>
              <th scope="col">{t('import.col.code')}</th>
              <th scope="col">{t('import.col.message')}</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((problem) => (
              <tr>
                <td>{problem.row ?? t('figures.import.wholeFile')}</td>
                <td>{problem.column ?? ''}</td>
                <td>
                  <code>{problem.code}</code>
                </td>
                <td>
                  {explain(problem.code)} <span lang="en">{problem.message}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export interface CarriedUpload {
  readonly hidden: Readonly<Record<string, string>>;
}

export function ImportPreviewPage(props: {
  lang: Lang;
  releaseId: number;
  releaseTitle: string;
  report: ImportReport;
  csrfToken: string;
  carried: CarriedUpload;
  outdated?: boolean;
  back: { href: string; label: string };
}) {
  const { lang, report } = props;
  const t = translator(lang);
  const created = [...report.created.indicators, ...report.created.groups, ...report.created.areas];
  const staged = report.counts.new + report.counts.changed;
  const canCommit = report.problemCount === 0 && staged > 0;
  return (
    <>
      <p>
        <a href={props.back.href}>{props.back.label}</a>
      </p>
      <h1>{t('import.previewTitle', { file: report.source.name })}</h1>
      {props.outdated && <Notice kind="warning">{t('import.outdated')}</Notice>}
      <p>{t('import.counts', { new: report.counts.new, changed: report.counts.changed, unchanged: report.counts.unchanged })}</p>
      {report.counts.skipped > 0 && <p>{t('import.skipped', { n: report.counts.skipped })}</p>}
      {created.length > 0 && <p>{t('import.creates', { what: created.join(', ') })}</p>}
      {report.problemCount > 0 && <ProblemTable lang={lang} report={report} />}
      {report.problemCount === 0 && staged === 0 && <Notice kind="info">{t('import.noFigures')}</Notice>}
      {canCommit && (
        <PostForm action={`/admin/releases/${props.releaseId}/import/commit`} csrfToken={props.csrfToken} hidden={props.carried.hidden} multipart>
          <p>{t('import.confirmIntro', { release: props.releaseTitle })}</p>
          <button type="submit" class="button button-primary">
            {t('import.confirm')}
          </button>
        </PostForm>
      )}
      <p>
        <a href={`/admin/releases/${props.releaseId}/import`}>{t('import.again')}</a>
      </p>
      {report.changed.length > 0 && <FigureTable lang={lang} caption={t('import.changedTitle')} figures={report.changed} />}
      {report.sample.length > 0 && <FigureTable lang={lang} caption={t('import.sampleTitle')} figures={report.sample} />}
    </>
  );
}
