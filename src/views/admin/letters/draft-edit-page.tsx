// /admin/letters/:id: one draft. Its wording in a text area per section (the
// tables and annexes come from the data it was made from), the version it
// was opened at, its case and document numbers, links to view it and
// download it, and deleting it. When
// someone else saved meanwhile, what is saved now is shown beside the text.
import type { SectionInfo } from '../../../domain/letters/letter-sections.js';
import type { FieldSpec } from '../forms/field-spec.js';
import { Field } from '../forms/field.js';
import { CsrfInput } from '../forms/hidden-inputs.js';
import { Notice } from '../forms/notice.js';
import { PostForm } from '../forms/post-form.js';
import { sectionLabel } from './section-label.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import { momentText } from '../admin-date.js';

export interface DraftEditProps {
  readonly lang: Lang;
  readonly csrfToken: string;
  readonly id: number;
  readonly title: string;
  readonly meta: string;
  readonly sections: readonly SectionInfo[];
  readonly values: Readonly<Record<string, string>>;
  readonly version: number;
  /** The saved texts, when a save was refused as stale. */
  readonly savedNow: Readonly<Record<string, string>> | null;
  readonly notice: { kind: 'success' | 'error'; text: string } | null;
  readonly pdfAvailable: boolean;
  /** Challenge letters only: whether the committee can read it. */
  readonly share: { readonly sharedAt: string | null } | null;
  /** The case and document numbers as saved, or as typed when refused. */
  readonly filing: { readonly caseNumber: string; readonly documentNumber: string };
}

export function DraftEditPage(props: DraftEditProps) {
  const { lang } = props;
  const t = translator(lang);
  const base = `/admin/letters/${props.id}`;
  return (
    <>
      <h1>{props.title}</h1>
      <p>{props.meta}</p>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <h2>{t('letters.download')}</h2>
      <ul class="admin-letter-links">
        <li>
          <a href={`${base}/preview`}>{t('letters.preview')}</a>
        </li>
        <li>
          <a href={`${base}/export?format=docx`}>{t('letters.download.docx')}</a>
        </li>
        <li>
          <a href={`${base}/export?format=html`}>{t('letters.download.html')}</a>
        </li>
        {props.pdfAvailable ? (
          <li>
            <a href={`${base}/export?format=pdf`}>{t('letters.download.pdf')}</a>
          </li>
        ) : null}
      </ul>
      {!props.pdfAvailable && <Notice kind="info">{t('letters.pdfMissing')}</Notice>}
      <h2>{t('letters.filing')}</h2>
      <p>{t('letters.filingIntro')}</p>
      <PostForm action={`${base}/filing`} csrfToken={props.csrfToken} hidden={{ version: String(props.version) }}>
        {(
          [
            { kind: 'text', name: 'caseNumber', label: t('letters.field.caseNumber') },
            { kind: 'text', name: 'documentNumber', label: t('letters.field.documentNumber') },
          ] as const
        ).map((spec) => (
          <Field spec={spec} shown={{ values: props.filing, errors: {} }} lang={lang} />
        ))}
        <button type="submit" class="button button-secondary">
          {t('letters.filing.save')}
        </button>
      </PostForm>
      <h2>{t('letters.edit')}</h2>
      <p>{t('letters.editIntro')}</p>
      <PostForm action={base} csrfToken={props.csrfToken} hidden={{ version: String(props.version) }}>
        {props.sections.map((section) => {
          const saved = props.savedNow?.[section.key];
          const typed = props.values[section.key] ?? '';
          // Every section is part of the letter (left empty, it is left out), so none is marked optional.
          const spec: FieldSpec = {
            kind: 'textarea',
            name: section.key,
            label: sectionLabel(lang, section.key),
            rows: section.form === 'line' ? 2 : 6,
            className: 'admin-letter-text',
            required: true,
          };
          return (
            <Field spec={spec} shown={{ values: { [section.key]: typed }, errors: {} }} lang={lang}>
              {saved !== undefined && saved !== typed && (
                <div class="admin-saved-now">
                  <p>
                    <strong>{t('letters.savedNow')}</strong>
                  </p>
                  <pre class="admin-letter-saved">{saved}</pre>
                </div>
              )}
            </Field>
          );
        })}
        <button type="submit" class="button button-primary">
          {t('letters.save')}
        </button>
      </PostForm>
      {props.share && (
        <>
          <h2>{t('letters.share')}</h2>
          <p>{t('letters.share.intro')}</p>
          <p>{props.share.sharedAt ? t('letters.share.shared', { date: momentText(lang, props.share.sharedAt) }) : t('letters.share.notShared')}</p>
          <form method="post" action={`${base}/share`} class="admin-form">
            <CsrfInput token={props.csrfToken} />
            <input type="hidden" name="version" value={String(props.version)} />
            <input type="hidden" name="shared" value={props.share.sharedAt ? '0' : '1'} />
            <button type="submit" class={props.share.sharedAt ? 'button button-secondary' : 'button button-primary'}>
              {props.share.sharedAt ? t('letters.share.withdraw') : t('letters.share')}
            </button>
          </form>
        </>
      )}
      <form method="post" action={`${base}/delete`} class="admin-form">
        <CsrfInput token={props.csrfToken} />
        <input type="hidden" name="version" value={String(props.version)} />
        <button type="submit" class="button button-secondary">
          {t('letters.delete')}
        </button>
      </form>
      <p>
        <a href="/admin/letters">{t('letters.back')}</a>
      </p>
    </>
  );
}
