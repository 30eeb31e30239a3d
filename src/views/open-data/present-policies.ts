// Policies and goals as open data.
import type { RollUp } from '../../domain/status/rollup.js';
import { rollUpDistribution, rollUpVerdictWords } from '../../services/rollup-words.js';
import type { GoalOverview, PolicyOverview } from '../../services/policy-overview.js';
import type { PublicPolicy } from '../../services/public/public-policies.js';
import { PATHS } from '../site-paths.js';
import { apiPath } from './api-paths.js';
import type { GoalJson, PolicyJson, PolicySummaryJson, RollUpStatusJson, StatusesJson } from './schemas.js';
import { toIndicatorStatusJson } from './present-indicators.js';
import { explainIndicatorJudgement } from '../../domain/status/explain/explain.js';

export function toPolicySummaryJson(policy: PublicPolicy): PolicySummaryJson {
  return {
    code: policy.code,
    title: policy.title,
    subtitle: policy.subtitle,
    firstYear: policy.firstYear,
    lastYear: policy.lastYear,
    adoptedOn: policy.adoptedOn,
    state: policy.state,
    isCurrent: policy.isCurrent,
    links: { self: apiPath.policy(policy.code), page: PATHS.da.policy(policy.code), pageEn: PATHS.en.policy(policy.code) },
  };
}

export function toPolicyJson(overview: PolicyOverview, summary: PublicPolicy): PolicyJson {
  const p = overview.policy;
  return {
    ...toPolicySummaryJson(summary),
    description: p.description,
    defaultMethod: p.defaultMethod,
    focusAreas: overview.focusAreas.map((a) => ({
      code: a.code,
      number: a.number,
      title: a.title,
      description: a.description,
      goals: a.goals.map((g) => g.code),
    })),
    committees: overview.committees.map((c) => ({
      code: c.code,
      name: c.name,
      administration: c.administration,
      leadGoals: [...c.leadGoals],
      sharedGoals: [...c.sharedGoals],
    })),
  };
}

export function toGoalJson(goal: GoalOverview, focusAreaCode: string): GoalJson {
  return {
    code: goal.code,
    number: goal.number,
    focusArea: focusAreaCode,
    title: goal.title,
    description: goal.description,
    committees: goal.committees.map((c) => ({ code: c.code, name: c.name, role: c.role })),
    indicators: goal.indicators.map((i) => i.code),
  };
}

const rollUpJson = (code: string, r: RollUp): RollUpStatusJson => ({
  code,
  colour: r.colour,
  status: r.status ?? null,
  basis: r.basis,
  decidedBy: r.decidedBy ?? null,
  verdict: r.verdict,
  judged: r.judged,
  counts: { ...r.counts },
  words: { da: rollUpSentence('da', r), en: rollUpSentence('en', r) },
});

const rollUpSentence = (lang: 'da' | 'en', r: RollUp): string => `${rollUpVerdictWords(lang, r)}: ${rollUpDistribution(lang, r)}`;

export function toStatusesJson(overview: PolicyOverview): StatusesJson {
  const goals = overview.focusAreas.flatMap((a) => a.goals);
  return {
    policy: overview.policy.code,
    overall: rollUpJson(overview.policy.code, overview.overall),
    indicators: goals.flatMap((g) =>
      g.indicators.map((i) =>
        toIndicatorStatusJson(
          i.code,
          i.judgement?.method ?? overview.policy.defaultMethod,
          i.judgement,
          i.judgement ? { da: explainIndicatorJudgement(i.judgement, 'da'), en: explainIndicatorJudgement(i.judgement, 'en') } : null,
        ),
      ),
    ),
    goals: goals.map((g) => rollUpJson(g.code, g.status)),
    focusAreas: overview.focusAreas.map((a) => rollUpJson(a.code, a.status)),
    committees: overview.committees.map((c) => rollUpJson(c.code, c.status)),
  };
}
