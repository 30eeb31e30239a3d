// The headings of focus areas and goals as plain text, for titles and breadcrumbs.
import type { Text } from '../../domain/text.js';
import { localized } from '../components/localized.js';
import type { SiteContext } from '../site-context.js';

export function focusAreaHeadingText(ctx: SiteContext, area: { number: number; title: Text }): string {
  return `${ctx.t('front.focusArea')} ${area.number}: ${localized(ctx.lang, area.title)}`;
}

export function goalHeadingText(ctx: SiteContext, goal: { number: number; title: Text }): string {
  return `${ctx.t('front.goal')} ${goal.number}: ${localized(ctx.lang, goal.title)}`;
}
