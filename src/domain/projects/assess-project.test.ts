import { describe, expect, it } from 'vitest';
import { assessProject } from './assess-project.js';
import type { ProjectFacts } from './assess-project.js';
import { flagsByCommittee, hasAnyFlag } from './committee-flags.js';
import { DEFAULT_MONITORING_THRESHOLD_KR } from './monitoring.js';
import { parseQuarter, quarterIndex } from './quarter.js';

const Q = (label: string) => quarterIndex(parseQuarter(label)!);

const twoReds: ProjectFacts['reports'] = [
  { quarterIndex: Q('2012 Q1'), rating: 'red', followUpOn: null },
  { quarterIndex: Q('2012 Q2'), rating: 'red', followUpOn: null },
];
const facts = (cofundingKr: number, extra: Partial<ProjectFacts> = {}): ProjectFacts => ({
  startOn: '2011-01-01',
  endOn: '2013-12-31',
  cofundingKr,
  reports: twoReds,
  decisions: [],
  ...extra,
});
const rules = { today: '2013-06-01', thresholdKr: DEFAULT_MONITORING_THRESHOLD_KR };

describe('assessing a project', () => {
  it.each([
    { cofundingKr: 0, monitored: false, level: 'none' },
    { cofundingKr: 99_999, monitored: false, level: 'none' },
    { cofundingKr: 100_000, monitored: true, level: 'committee_letter' },
    { cofundingKr: 2_500_000, monitored: true, level: 'committee_letter' },
  ])('monitors co-funding of $cofundingKr kr.: $monitored', ({ cofundingKr, monitored, level }) => {
    const assessment = assessProject(facts(cofundingKr), rules);
    expect(assessment.isMonitored).toBe(monitored);
    expect(assessment.escalation.level).toBe(level);
  });

  it('uses the threshold it is given', () => {
    expect(assessProject(facts(60_000), { ...rules, thresholdKr: 50_000 }).isMonitored).toBe(true);
  });

  it('closes the open step once the period is over and a final decision is taken (Jobpatruljer, ended after red twice)', () => {
    const ended = { decisions: [{ kind: 'end', decidedOn: '2013-03-18', extendedUntil: null }] } as const;
    const jobpatruljer = facts(3_000_000, { endOn: '2013-02-28', ...ended });
    expect(assessProject(jobpatruljer, { ...rules, today: '2013-02-01' }).escalation).toMatchObject({ level: 'committee_letter', isOpen: true });
    const decided = assessProject(jobpatruljer, { ...rules, today: '2013-04-20' });
    expect(decided).toMatchObject({ status: 'ended', escalation: { level: 'committee_letter', isOpen: false } });
    // Decided early but still running: the ladder still steers it.
    const early = assessProject(facts(3_000_000, ended), { ...rules, today: '2013-04-20' });
    expect(early.escalation.isOpen).toBe(true);
  });

  it('flags ratings fallen behind for monitored projects only', () => {
    expect(assessProject(facts(500_000), { ...rules, today: '2013-04-20' }).isRatingOverdue).toBe(true);
    expect(assessProject(facts(0), { ...rules, today: '2013-04-20' }).isRatingOverdue).toBe(false);
  });

  it('flags a project past its end without a decision on the day given', () => {
    expect(assessProject(facts(0), rules).isAwaitingDecision).toBe(false);
    const later = assessProject(facts(0), { ...rules, today: '2014-01-01' });
    expect(later).toMatchObject({ isAwaitingDecision: true, status: 'awaiting_decision', effectiveEndOn: '2013-12-31' });
  });
});

describe('flags per committee', () => {
  it('collects open escalations and missing decisions under the responsible committee', () => {
    const project = (id: number, committeeId: number, f: ProjectFacts, today = rules.today) => ({
      id,
      committeeId,
      assessment: assessProject(f, { ...rules, today }),
    });
    const projects = [
      project(1, 10, facts(500_000)),
      project(2, 10, facts(500_000, { reports: [{ quarterIndex: Q('2012 Q2'), rating: 'yellow', followUpOn: null }] })),
      project(3, 20, facts(500_000, { reports: [{ quarterIndex: Q('2012 Q2'), rating: 'red', followUpOn: '2012-07-01' }] })),
      project(4, 20, facts(0), '2014-02-01'),
      project(5, 30, facts(500_000, { reports: [{ quarterIndex: Q('2013 Q1'), rating: 'green', followUpOn: null }] })),
    ];
    const flags = flagsByCommittee(projects);
    expect(flags.get(10)?.committeeLetter.map((p) => p.id)).toEqual([1]);
    expect(flags.get(10)?.contactProject.map((p) => p.id)).toEqual([2]);
    expect(flags.get(20)?.actionPlanRequired).toEqual([]);
    expect(flags.get(20)?.awaitingDecision.map((p) => p.id)).toEqual([4]);
    expect(flags.has(30)).toBe(false);
    expect(hasAnyFlag(flags.get(20)!)).toBe(true);
    // Rated last in 2012 Q2 and judged in 2013 Q2: more than a quarter behind.
    expect(flags.get(10)?.ratingOverdue.map((p) => p.id)).toEqual([1, 2]);
  });
});
