// /admin/letters/templates: the wording of one letter in one language, a
// form per section with the placeholders it may use and its default text.
// A refused template keeps what was typed and says why beside it.
import type { LetterKind } from '../../../domain/letters/view-models.js';
import { letterText } from '../../../i18n/letters.js';
import type { SectionTemplate } from '../../../services/letters/letter-templates.js';
import { Csrf, LetterNotice, TextAreaField, sectionLabel } from './letter-form-parts.js';
import type { Lang } from './letter-form-parts.js';

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
  const t = (key: Parameters<typeof letterText>[1]) => letterText(lang, key);
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
      {props.refused && <LetterNotice kind="error">{`${sectionLabel(lang, props.refused.key)}: ${props.refused.problem}`}</LetterNotice>}
      {props.savedKey && <LetterNotice kind="success">{`${sectionLabel(lang, props.savedKey)}: ${t('letters.template.saved')}`}</LetterNotice>}
      {props.sections.map((section) => {
        const refused = props.refused?.key === section.key ? props.refused : null;
        return (
          <form method="post" action="/admin/letters/templates" class="admin-form admin-letter-template" id={`section-${section.key}`} novalidate>
            <Csrf token={props.csrfToken} />
            <input type="hidden" name="kind" value={props.kind} />
            <input type="hidden" name="lang" value={props.templateLang} />
            <input type="hidden" name="key" value={section.key} />
            <input type="hidden" name="version" value={String(section.version)} />
            <TextAreaField
              lang={lang}
              name="body"
              label={sectionLabel(lang, section.key)}
              hint={`${t('letters.template.placeholders')}: ${section.placeholders.map((p) => `{{${p}}}`).join(', ') || '–'}`}
              value={refused ? refused.body : section.body}
              problem={refused?.problem}
              rows={section.form === 'line' ? 2 : 4}
            >
              {section.isCustom && (
                <details>
                  <summary>{t('letters.template.default')}</summary>
                  <pre class="admin-letter-saved">{section.defaultBody}</pre>
                </details>
              )}
            </TextAreaField>
            <button type="submit" class="button button-primary">
              {t('letters.template.save')}
            </button>
            {section.isCustom && (
              <button type="submit" class="button button-secondary" name="reset" value="1">
                {t('letters.template.reset')}
              </button>
            )}
          </form>
        );
      })}
      <p>
        <a href="/admin/letters">{t('letters.back')}</a>
      </p>
    </>
  );
}
