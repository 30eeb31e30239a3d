// The public site's answer to an address that leads nowhere.
import type { SiteContext } from '../site-context.js';

export function NotFoundPage({ ctx }: { ctx: SiteContext }) {
  return (
    <>
      <h1>{ctx.t('error.notFound')}</h1>
      <p>{ctx.t('error.notFoundHelp')}</p>
      <p>
        <a href={ctx.paths.home()}>{ctx.t('nav.home')}</a>
      </p>
    </>
  );
}
