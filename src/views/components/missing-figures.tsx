// The indicators a release has no figure for: each with why, the
// administration that owes the figure, since when it has been missing and
// when it is expected, as the orientation letters report them.
import type { MissingFigureView } from '../../services/public/release-history.js';
import { formatWhen } from '../format-date.js';
import type { SiteContext } from '../site-context.js';
import { Localized } from './localized.js';

export function MissingFigures({ ctx, policyCode, missing }: { ctx: SiteContext; policyCode: string; missing: readonly MissingFigureView[] }) {
  const { t, lang } = ctx;
  return (
    <ul class="missing-list">
      {missing.map((entry) => (
        <li key={entry.indicatorCode}>
          <p class="missing-title">
            <a href={ctx.paths.indicator(policyCode, entry.indicatorCode)}>
              <Localized lang={lang} text={entry.indicatorTitle} />
            </a>
          </p>
          {entry.explained ? (
            <dl class="missing-facts">
              {entry.reason && (
                <div>
                  <dt>{t('missing.reason')}:</dt>
                  <dd>
                    <Localized lang={lang} text={entry.reason} />
                  </dd>
                </div>
              )}
              {entry.administration && (
                <div>
                  <dt>{t('missing.owedBy')}:</dt>
                  <dd>
                    <Localized lang={lang} text={entry.administration} />
                  </dd>
                </div>
              )}
              {entry.missingSince && (
                <div>
                  <dt>{t('missing.since')}:</dt>
                  <dd>{formatWhen(entry.missingSince, lang)}</dd>
                </div>
              )}
              {entry.expected && (
                <div>
                  <dt>{t('missing.expected')}:</dt>
                  <dd>
                    <Localized lang={lang} text={entry.expected} />
                  </dd>
                </div>
              )}
            </dl>
          ) : (
            <p>{t('missing.unexplained')}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
