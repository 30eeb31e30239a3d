// The committees responsible for a policy's goals, each with the status of
// the goals it leads and a link to its page.
import type { CommitteeOverview } from '../../services/policy-overview.js';
import type { SiteContext } from '../site-context.js';
import { Localized } from './localized.js';
import { RollUpBadge } from './rollup-badge.js';

export function CommitteeList({ ctx, policyCode, committees }: { ctx: SiteContext; policyCode: string; committees: readonly CommitteeOverview[] }) {
  return (
    <ul class="committee-list">
      {committees.map((committee) => (
        <li key={committee.code}>
          <a href={ctx.paths.committee(policyCode, committee.code)}>
            <Localized lang={ctx.lang} text={committee.name} />
          </a>{' '}
          {committee.leadGoals.length > 0 ? <RollUpBadge ctx={ctx} rollUp={committee.status} /> : <span class="muted">{ctx.t('committee.sharedOnly')}</span>}
        </li>
      ))}
    </ul>
  );
}
