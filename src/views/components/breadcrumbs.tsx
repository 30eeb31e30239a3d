// Where the page sits: home › policy › focus area › goal › page (dkfds breadcrumbs).
import type { SiteContext } from '../site-context.js';

export interface Crumb {
  readonly label: string;
  /** Absent for the page itself. */
  readonly href?: string;
}

export function Breadcrumbs({ ctx, items }: { ctx: SiteContext; items: readonly Crumb[] }) {
  return (
    <nav class="breadcrumbs" aria-label={ctx.t('nav.breadcrumbs')}>
      <ol class="breadcrumbs__list">
        {items.map((item, index) =>
          item.href ? (
            <li class="breadcrumbs__list-item" key={index}>
              <a class="breadcrumbs__link" href={item.href}>
                {item.label}
              </a>
            </li>
          ) : (
            <li class="breadcrumbs__list-item" aria-current="page" key={index}>
              {item.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
