// A committee member's page: the committee's action plans, its projects with
// open flags, and the way to its catalogue of consultation input. Read only.
import type { CommitteeFlags } from '../../../domain/projects/committee-flags.js';
import { hasAnyFlag } from '../../../domain/projects/committee-flags.js';
import type { ActionPlanSummary } from '../../../services/plans/plan-views.js';
import type { BoardEntry } from '../../../services/projects/monitoring-board.js';
import { FlagLists } from './board-page.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';

export function CommitteePage({
  lang,
  committee,
  committeeId,
  plans,
  flags,
}: {
  lang: Lang;
  committee: string;
  committeeId: number;
  plans: readonly ActionPlanSummary[];
  flags: CommitteeFlags<BoardEntry>;
}) {
  const t = translator(lang);
  return (
    <>
      <h1>{committee}</h1>
      <p>{t('committee.intro')}</p>
      <p>{t('common.readOnly')}</p>
      <h2>{t('committee.plans')}</h2>
      {plans.length === 0 ? (
        <p>{t('committee.plansNone')}</p>
      ) : (
        <ul>
          {plans.map((plan) => (
            <li>
              <a href={`/admin/plans/${plan.id}`}>
                {plan.year}: {plan.latestVersion.title}
              </a>{' '}
              ({t('plans.version', { number: plan.latestVersion.number })})
            </li>
          ))}
        </ul>
      )}
      <h2>{t('committee.flags')}</h2>
      {hasAnyFlag(flags) ? <FlagLists lang={lang} flags={flags} linked={false} /> : <p>{t('committee.flagsNone')}</p>}
      <h2>{t('committee.catalogue')}</h2>
      <p>
        <a href={`/admin/consultation/catalogue/${committeeId}`}>{t('committee.catalogue')}</a>
      </p>
    </>
  );
}
