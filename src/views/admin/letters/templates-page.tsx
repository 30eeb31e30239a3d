// /admin/letters/templates: the wording of one letter in one language, a
// form per section with the placeholders it may use and its default text.
// A refused template keeps what was typed and says why beside it.
import type { LetterKind } from '../../../domain/letters/view-models.js';
import type { SectionTemplate } from '../../../services/letters/letter-templates.js';
import { Field } from '../forms/field.js';
import { Notice } from '../forms/notice.js';
import { PostForm } from '../forms/post-form.js';
import { sectionLabel } from './section-label.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';

export interface TemplatesPageProps {
  readonly lang: Lang;
  readonly csrfToken: string;
  readonly kind: LetterKind;
  readonly templateLang: Lang;
  readonly sections: readonly SectionTemplate[];
  /** The section whose save was refused, with what was typed and why. */
  readonly refused: { readonly key: string; readonly body: string; readonly problem: string } | null;
  readonly savedKey: string | null;
}

export function TemplatesPage(props: TemplatesPageProps) {
  const { lang } = props;
  const t = translator(lang);
  return (
    <>
      <h1>{t('letters.templates')}</h1>
      <p>{t('letters.templatesIntro')}</p>
      <form method="get" action="/admin/letters/templates" class="admin-form admin-inline-filters">
        <div class="form-group">
          <label class="form-label" for="field-kind">
            {t('letters.field.kind')}
          </label>
          <select class="form-select" id="field-kind" name="kind">
            {(['orientation', 'challenge', 'report'] as const).map((k) => (
              <option value={k} selected={k === props.kind}>
                {t(`letters.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="form-group">
          <label class="form-label" for="field-lang">
            {t('letters.field.lang')}
          </label>
          <select class="form-select" id="field-lang" name="lang">
            <option value="da" selected={props.templateLang === 'da'}>
              {t('letters.lang.da')}
            </option>
            <option value="en" selected={props.templateLang === 'en'}>
              {t('letters.lang.en')}
            </option>
          </select>
        </div>
        <button type="submit" class="button button-secondary">
          {t('letters.template.show')}
        </button>
      </form>
      {props.refused && <Notice kind="error">{`${sectionLabel(lang, props.refused.key)}: ${props.refused.problem}`}</Notice>}
      {props.savedKey && <Notice kind="success">{`${sectionLabel(lang, props.savedKey)}: ${t('letters.template.saved')}`}</Notice>}
      {props.sections.map((section) => {
        const refused = props.refused?.key === section.key ? props.refused : null;
        return (
          <PostForm
            action="/admin/letters/templates"
            csrfToken={props.csrfToken}
            className="admin-letter-template"
            id={`section-${section.key}`}
            hidden={{ kind: props.kind, lang: props.templateLang, key: section.key, version: String(section.version) }}
          >
            <Field
              spec={{
                kind: 'textarea',
                name: 'body',
                label: sectionLabel(lang, section.key),
                hint: `${t('letters.template.placeholders')}: ${section.placeholders.map((p) => `{{${p}}}`).join(', ') || '–'}`,
                rows: section.form === 'line' ? 2 : 4,
                className: 'admin-letter-text',
                required: true,
              }}
              shown={{ values: { body: refused ? refused.body : section.body }, errors: refused ? { body: refused.problem } : {} }}
              lang={lang}
            >
              {section.isCustom && (
                <details>
                  <summary>{t('letters.template.default')}</summary>
                  <pre class="admin-letter-saved">{section.defaultBody}</pre>
                </details>
              )}
            </Field>
            <button type="submit" class="button button-primary">
              {t('letters.template.save')}
            </button>
            {section.isCustom && (
              <button type="submit" class="button button-secondary" name="reset" value="1">
                {t('letters.template.reset')}
              </button>
            )}
          </PostForm>
        );
      })}
      <p>
        <a href="/admin/letters">{t('letters.back')}</a>
      </p>
    </>
  );
}
