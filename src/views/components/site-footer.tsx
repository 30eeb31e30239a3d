// The footer of every page: who runs the barometer and how to reach them,
// the accessibility statement (Tilgængelighedserklæring) when its address is
// set, and the ways into the method and the open data.
import type { SiteContext } from '../site-context.js';
import { municipalityName, siteName } from '../site-context.js';

export function SiteFooter({ ctx }: { ctx: SiteContext }) {
  const { t, paths, settings, lang } = ctx;
  const contactText = lang === 'en' ? (settings.contact_text_en ?? settings.contact_text_da) : settings.contact_text_da;
  return (
    <footer>
      <div class="footer">
        <div class="container">
          <div class="footer-columns">
            <section aria-labelledby="footer-about">
              <h2 class="h4" id="footer-about">
                {siteName(ctx)}
              </h2>
              <p>{t('footer.about', { municipality: municipalityName(ctx) })}</p>
            </section>
            <section aria-labelledby="footer-contact">
              <h2 class="h4" id="footer-contact">
                {t('footer.contact')}
              </h2>
              {contactText && <p>{contactText}</p>}
              {settings.contact_email ? (
                <p>
                  <a href={`mailto:${settings.contact_email}`}>{settings.contact_email}</a>
                </p>
              ) : (
                !contactText && <p>{t('footer.noContact')}</p>
              )}
            </section>
            <section aria-labelledby="footer-links">
              <h2 class="h4" id="footer-links">
                {t('footer.links')}
              </h2>
              <ul class="unstyled-list">
                {settings.accessibility_statement_url && (
                  <li>
                    <a href={settings.accessibility_statement_url} lang="da">
                      Tilgængelighedserklæring
                    </a>
                    {lang === 'en' ? ' (accessibility statement)' : ''}
                  </li>
                )}
                <li>
                  <a href={paths.methodology()}>{t('nav.methodology')}</a>
                </li>
                <li>
                  <a href={paths.openData()}>{t('nav.openData')}</a>
                </li>
              </ul>
            </section>
          </div>
          <p class="footer-note">{t('footer.openSource')}</p>
        </div>
      </div>
    </footer>
  );
}
