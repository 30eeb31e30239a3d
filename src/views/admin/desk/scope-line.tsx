// Which policy a supplier's or committee member's lists cover, and the link
// to the other choice.
import { pick, t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import type { DeskScope } from '../../../services/desk/desk-types.js';

export function ScopeLine({ lang, scope }: { lang: Lang; scope: DeskScope }) {
  return (
    <p>
      {scope.kind === 'all'
        ? t(lang, 'dashboard.scope.all')
        : scope.policy && t(lang, 'dashboard.scope.current', { policy: pick(lang, scope.policy.da, scope.policy.en) })}{' '}
      <a href={scope.kind === 'all' ? '/admin' : '/admin?policies=all'}>
        {t(lang, scope.kind === 'all' ? 'dashboard.scope.showCurrent' : 'dashboard.scope.showAll')}
      </a>
    </p>
  );
}
