import { t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
// The band across the top of a previewed public page: it says the page is a
// preview of an unpublished draft, leads back to the draft, and links the
// other pages of the preview.

export interface PreviewLink {
  readonly href: string;
  readonly label: string;
  readonly current: boolean;
}

export function PreviewBanner({
  lang,
  releaseId,
  releaseTitle,
  links,
}: {
  lang: Lang;
  releaseId: number;
  releaseTitle: string;
  links: readonly PreviewLink[];
}) {
  return (
    <div class="alert alert-warning release-preview-banner" role="note">
      <div class="alert-body">
        <p class="alert-heading">{t(lang, 'preview.banner', { release: releaseTitle })}</p>
        <p class="alert-text">
          <a href={`/admin/releases/${releaseId}`}>{t(lang, 'preview.back')}</a>
        </p>
        <nav aria-label={t(lang, 'preview.pages')}>
          <ul class="alert-text">
            {links.map((link) => (
              <li>
                <a href={link.href} aria-current={link.current ? 'page' : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}
