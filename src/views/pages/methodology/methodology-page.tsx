// The method in plain language. The prose is written per language rather
// than pieced together from messages, so each reads naturally.
import type { SiteContext } from '../../site-context.js';
import { MethodologyDa } from './methodology-da.js';
import { MethodologyEn } from './methodology-en.js';

export function MethodologyPage({ ctx }: { ctx: SiteContext }) {
  return ctx.lang === 'da' ? <MethodologyDa ctx={ctx} /> : <MethodologyEn ctx={ctx} />;
}
