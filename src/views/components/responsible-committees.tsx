// "Responsible: Børne- og Ungdomsudvalget, Socialudvalget (and all
// committees)", each committee a link to its page.
import type { GoalCommittee } from '../../services/policy-overview.js';
import type { SiteContext } from '../site-context.js';
import { Localized } from './localized.js';

export function ResponsibleCommittees({ ctx, policyCode, committees }: { ctx: SiteContext; policyCode: string; committees: readonly GoalCommittee[] }) {
  const lead = committees.filter((c) => c.role === 'lead');
  const shared = committees.some((c) => c.role === 'shared');
  return (
    <p class="responsible">
      {ctx.t('front.responsible')}:{' '}
      {lead.map((committee, index) => (
        <>
          {index > 0 && ', '}
          <a href={ctx.paths.committee(policyCode, committee.code)}>
            <Localized lang={ctx.lang} text={committee.name} />
          </a>
        </>
      ))}
      {lead.length === 0 && ctx.t('front.noCommittee')}
      {shared ? ` (${ctx.t('front.allCommittees')})` : ''}
    </p>
  );
}
