// Releases as open data: completeness, what was missing and, for one
// release, every figure it brought or revised.
import type { ReleaseFigureView, ReleaseSummary } from '../../services/public/release-history.js';
import { PATHS } from '../site-paths.js';
import { apiPath } from './api-paths.js';
import type { ReleaseJson, ReleaseSummaryJson } from './schemas.js';

export function toReleaseSummaryJson(policyCode: string, release: ReleaseSummary): ReleaseSummaryJson {
  return {
    id: release.id,
    title: release.title,
    note: release.note,
    publishedOn: release.publishedOn,
    withFigure: release.withFigure,
    total: release.total,
    newFigureCount: release.newFigureCount,
    revisionCount: release.revisionCount,
    missing: release.missing.map((m) => ({
      indicator: m.indicatorCode,
      administration: m.administration,
      missingSince: m.missingSince,
      reason: m.reason,
      expected: m.expected,
      explained: m.explained,
    })),
    links: {
      self: apiPath.release(policyCode, release.id),
      page: PATHS.da.release(policyCode, release.id),
      pageEn: PATHS.en.release(policyCode, release.id),
    },
  };
}

export function toReleaseJson(policyCode: string, release: ReleaseSummary, figures: readonly ReleaseFigureView[]): ReleaseJson {
  return {
    ...toReleaseSummaryJson(policyCode, release),
    figures: figures.map((f) => ({
      indicator: f.indicatorCode,
      period: f.period,
      group: f.group.code,
      value: f.value,
      provisional: f.provisional,
      estimated: f.estimated,
      replacedValue: f.replacedValue,
      reason: f.reason,
    })),
  };
}
