// How to use the figures: the licence they are under, every figure of the
// policy in force in one file, the downloads on every indicator page, and
// the open-data API under /api/v1/, which any site may call from a browser.
import type { Text } from '../../domain/text.js';
import { localized } from '../components/localized.js';
import type { SiteContext } from '../site-context.js';
import { municipalityName } from '../site-context.js';

export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

const ENDPOINTS: readonly { path: string; key: 'policies' | 'policy' | 'goals' | 'indicators' | 'series' | 'statuses' | 'releases' }[] = [
  { path: '/api/v1/policies', key: 'policies' },
  { path: '/api/v1/policies/{policy}', key: 'policy' },
  { path: '/api/v1/policies/{policy}/goals', key: 'goals' },
  { path: '/api/v1/policies/{policy}/indicators', key: 'indicators' },
  { path: '/api/v1/policies/{policy}/indicators/{indicator}/series', key: 'series' },
  { path: '/api/v1/policies/{policy}/statuses', key: 'statuses' },
  { path: '/api/v1/policies/{policy}/releases', key: 'releases' },
];

/** `currentPolicy`: the policy in force, whose figures the bulk download holds; null before there is one. */
export function OpenDataPage({ ctx, currentPolicy }: { ctx: SiteContext; currentPolicy: Text | null }) {
  const { t, paths, lang } = ctx;
  return (
    <>
      <h1>{t('openData.title')}</h1>
      <p class="font-lead">{t('openData.intro')}</p>
      <h2>{t('openData.licenceHeading')}</h2>
      <p>{t('openData.licence', { source: municipalityName(ctx) })}</p>
      <p>
        <a href={LICENCE_URL} rel="license">
          {t('openData.licenceLink')}
        </a>
      </p>
      {currentPolicy && (
        <>
          <h2>{t('openData.bulkHeading')}</h2>
          <p>{t('openData.bulk', { policy: localized(lang, currentPolicy) })}</p>
          <ul class="downloads">
            <li>
              <a href={paths.allFigures('csv')} download>
                {t('openData.bulkCsv')}
              </a>
            </li>
            <li>
              <a href={paths.allFigures('json')}>{t('openData.bulkJson')}</a>
            </li>
          </ul>
        </>
      )}
      <h2>{t('openData.downloadsHeading')}</h2>
      <p>{t('openData.downloads')}</p>
      <h2>{t('openData.apiHeading')}</h2>
      <p>{t('openData.api')}</p>
      <p>
        <a href="/api/v1/openapi.json">{t('openData.openapi')}</a>
      </p>
      <div class="table--responsive-scroll" tabindex={0} role="region" aria-labelledby="endpoints-caption">
        <table class="table table--compact">
          <caption id="endpoints-caption">{t('openData.endpoints')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('openData.address')}</th>
              <th scope="col">{t('openData.content')}</th>
            </tr>
          </thead>
          <tbody>
            {ENDPOINTS.map((endpoint) => (
              <tr key={endpoint.path}>
                <td>
                  <code>{endpoint.path}</code>
                </td>
                <td>{t(`openData.endpoint.${endpoint.key}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {t('openData.policyCodes')} <a href="/api/v1/policies">/api/v1/policies</a>
      </p>
      <h2>{t('openData.termsHeading')}</h2>
      <p>{t('openData.terms')}</p>
    </>
  );
}
