// /admin/letters/sender: who the letters come from. The details are site
// settings (edited under /admin/letters/sender/details); the logo is uploaded here.
import { CsrfInput } from '../forms/hidden-inputs.js';
import { Notice } from '../forms/notice.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';

export interface SenderPageProps {
  readonly lang: Lang;
  readonly csrfToken: string;
  readonly sender: { readonly name: string; readonly title: string | null; readonly addressLines: readonly string[] };
  readonly logo: { readonly contentType: string; readonly base64: string; readonly description: string } | null;
  readonly notice: { kind: 'success' | 'error'; text: string } | null;
  readonly descriptionValue: string;
}

export function SenderPage(props: SenderPageProps) {
  const { lang } = props;
  const t = translator(lang);
  const problem = props.notice?.kind === 'error' ? props.notice.text : undefined;
  return (
    <>
      <h1>{t('letters.sender')}</h1>
      <p>{t('letters.senderIntro')}</p>
      {props.notice?.kind === 'success' && <Notice kind="success">{props.notice.text}</Notice>}
      <div class="admin-letter-sender">
        <p>
          <strong>{props.sender.name}</strong>
        </p>
        {props.sender.title && <p>{props.sender.title}</p>}
        {props.sender.addressLines.map((line) => (
          <p>{line}</p>
        ))}
      </div>
      <p>
        <a href="/admin/letters/sender/details">{t('letters.settingsLink')}</a>
      </p>
      <h2>{t('letters.logo')}</h2>
      {props.logo ? (
        <>
          <p>
            <img src={`data:${props.logo.contentType};base64,${props.logo.base64}`} alt={props.logo.description} class="admin-letter-logo" />
          </p>
          <form method="post" action="/admin/letters/sender/logo/delete" class="admin-form">
            <CsrfInput token={props.csrfToken} />
            <button type="submit" class="button button-secondary">
              {t('letters.logo.remove')}
            </button>
          </form>
        </>
      ) : (
        <p>{t('letters.logo.none')}</p>
      )}
      <form method="post" action="/admin/letters/sender/logo" enctype="multipart/form-data" class="admin-form" novalidate>
        <CsrfInput token={props.csrfToken} />
        <div class={problem ? 'form-group form-error' : 'form-group'}>
          <label class="form-label" for="field-logo">
            {t('letters.logo.upload')}
          </label>
          {problem && (
            <span class="form-error-message" id="field-logo-error">
              <span class="sr-only">{t('letters.error.prefix')}</span>
              {problem}
            </span>
          )}
          <input
            type="file"
            class="form-file-input"
            id="field-logo"
            name="logo"
            accept="image/png,image/jpeg"
            aria-describedby={problem ? 'field-logo-error' : undefined}
          />
        </div>
        <div class="form-group">
          <label class="form-label" for="field-description">
            {t('letters.logo.description')}
          </label>
          <input type="text" class="form-input" id="field-description" name="description" value={props.descriptionValue} />
        </div>
        <button type="submit" class="button button-primary">
          {t('letters.logo.upload')}
        </button>
      </form>
      <p>
        <a href="/admin/letters">{t('letters.back')}</a>
      </p>
    </>
  );
}
