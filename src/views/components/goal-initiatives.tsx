// The action plans' initiatives that serve a goal, on the goal's page: each
// with its result target, the committee and plan year it comes from, when
// the plan was approved, its years and the indicator that follows it. The
// plans are written in Danish only, so on the English page their text says so.
import { formatLongDate } from '../../i18n/format.js';
import type { GoalInitiative } from '../../services/public/goal-initiatives.js';
import { contentLang } from '../projects/project-list-page.js';
import type { SiteContext } from '../site-context.js';
import { Localized } from './localized.js';

export function GoalInitiatives({
  ctx,
  policyCode,
  goalNumber,
  initiatives,
}: {
  ctx: SiteContext;
  policyCode: string;
  goalNumber: number;
  initiatives: readonly GoalInitiative[];
}) {
  const { t, lang, paths } = ctx;
  const content = contentLang(lang);
  return (
    <section class="goal-initiatives" aria-labelledby="goal-initiatives">
      <h2 id="goal-initiatives">{t('goal.initiativesHeading')}</h2>
      {initiatives.length === 0 ? (
        <p>{t('goal.noInitiatives', { number: goalNumber })}</p>
      ) : (
        <>
          <p>{t('goal.initiativesIntro', { number: goalNumber })}</p>
          <ul class="initiative-list">
            {initiatives.map((initiative, index) => (
              <li key={index}>
                <h3 class="h4" lang={content}>
                  {initiative.title}
                </h3>
                <dl class="facts">
                  <div>
                    <dt>{t('goal.initiativeResult')}</dt>
                    <dd lang={content}>{initiative.resultTarget}</dd>
                  </div>
                  <div>
                    <dt>{t('goal.initiativeCommittee')}</dt>
                    <dd>
                      <Localized lang={lang} text={initiative.committee.name} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('goal.initiativePlan')}</dt>
                    <dd>
                      {t(initiative.planVersion > 1 ? 'goal.initiativePlanRevised' : 'goal.initiativePlanApproved', {
                        year: String(initiative.planYear),
                        version: initiative.planVersion,
                        date: formatLongDate(initiative.approvedOn, lang),
                      })}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('goal.initiativeYears')}</dt>
                    <dd>{initiative.firstYear === initiative.lastYear ? initiative.firstYear : `${initiative.firstYear}–${initiative.lastYear}`}</dd>
                  </div>
                  {initiative.indicator && (
                    <div>
                      <dt>{t('goal.initiativeIndicator')}</dt>
                      <dd>
                        <a href={paths.indicator(policyCode, initiative.indicator.code)}>
                          <Localized lang={lang} text={initiative.indicator.title} />
                        </a>
                      </dd>
                    </div>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
