// The public listing's search and filters. Text search matches every word
// typed, in any of the project's public texts, ignoring case and accents'
// composition, so "ØKONOMI" finds "økonomi" however it was typed.
import type { ProjectStatus } from './project-status.js';

export interface ProjectFilter {
  readonly text?: string;
  readonly goalCode?: string;
  readonly committeeCode?: string;
  readonly status?: ProjectStatus;
  /** Projects whose (extended) period touches this year. */
  readonly year?: number;
}

export interface FilterableProject {
  readonly texts: readonly (string | null)[];
  readonly goalCodes: readonly string[];
  readonly committeeCode: string;
  readonly status: ProjectStatus;
  readonly startOn: string;
  readonly effectiveEndOn: string;
}

function normaliseSearchText(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
}

function searchWords(text: string | undefined): string[] {
  return text ? normaliseSearchText(text).split(' ').filter(Boolean) : [];
}

export function matchesProjectFilter(project: FilterableProject, filter: ProjectFilter): boolean {
  if (filter.goalCode && !project.goalCodes.includes(filter.goalCode)) return false;
  if (filter.committeeCode && project.committeeCode !== filter.committeeCode) return false;
  if (filter.status && project.status !== filter.status) return false;
  if (filter.year !== undefined && !touchesYear(project, filter.year)) return false;
  const words = searchWords(filter.text);
  if (words.length === 0) return true;
  const haystack = normaliseSearchText(project.texts.filter((t): t is string => !!t).join(' \u0000 '));
  return words.every((word) => haystack.includes(word));
}

function touchesYear(project: FilterableProject, year: number): boolean {
  return project.startOn <= `${year}-12-31` && project.effectiveEndOn >= `${year}-01-01`;
}
