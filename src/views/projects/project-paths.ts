// Where the project bank lives in each language, and how a filter becomes a
// query string, so links, the form and the CSV download agree.
import type { Lang } from '../../domain/number-format.js';
import type { ProjectFilter } from '../../domain/projects/project-filter.js';

const BASE: Record<Lang, string> = { da: '/projekter', en: '/en/projects' };

export function projectListPath(lang: Lang): string {
  return BASE[lang];
}

export function projectPagePath(lang: Lang, projectId: number): string {
  return `${BASE[lang]}/${projectId}`;
}

export function projectCsvPath(lang: Lang): string {
  return `${BASE[lang]}.csv`;
}

/** `?q=…&goal=…` for the filter's set fields, or '' when none is set. */
export function filterQuery(filter: ProjectFilter): string {
  const params = new URLSearchParams();
  if (filter.text) params.set('q', filter.text);
  if (filter.goalCode) params.set('goal', filter.goalCode);
  if (filter.committeeCode) params.set('committee', filter.committeeCode);
  if (filter.status) params.set('status', filter.status);
  if (filter.year !== undefined) params.set('year', String(filter.year));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function csvDownloadPath(lang: Lang, filter: ProjectFilter): string {
  return `${projectCsvPath(lang)}${filterQuery(filter)}`;
}
