// The year's default milestones, as the secretariat's letters describe the
// cycle: new figures in January, an orientation letter to the committees
// after the release, an economic overview from each committee by 2 May, a
// status statement (redegørelse) in early May, a revised action plan by
// 16 May, the annual report to the City Council in August, then the budget
// process. `planCycleFromDefaults` turns them into one year's plan; the
// secretariat edits that year's dates and tasks afterwards. Task deadlines
// move to a working day when the caller passes a holiday calendar.
import { addDays } from './iso-dates.js';
import { workingDayOnOrBefore } from './working-days.js';
import type { IsHoliday } from './working-days.js';

export const MILESTONE_KINDS = [
  'new_figures',
  'orientation_letter',
  'economic_overview',
  'status_statement',
  'action_plan',
  'annual_report',
  'budget_process',
  'other',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const TASK_KINDS = ['figures', 'economic_overview', 'status_statement', 'action_plan', 'other'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export type AssigneeKind = 'committee' | 'administration';

export interface DefaultMilestone {
  readonly kind: MilestoneKind;
  readonly month: number;
  readonly day: number;
  readonly titleDa: string;
  readonly titleEn: string;
  readonly descriptionDa: string;
  readonly descriptionEn: string;
  /** The work the milestone asks of others, if any: who answers, and how many days before the milestone. */
  readonly task: { readonly kind: TaskKind; readonly assignees: AssigneeKind; readonly daysBefore: number } | null;
}

export const DEFAULT_MILESTONES: readonly DefaultMilestone[] = [
  {
    kind: 'new_figures',
    month: 1,
    day: 15,
    titleDa: 'Nye tal på barometret',
    titleEn: 'New figures on the barometer',
    descriptionDa: 'Forvaltningerne leverer årets tal, og barometret opdateres tidligt på året, så udvalgene kan bruge dem i deres prioriteringer.',
    descriptionEn: "The administrations deliver the year's figures and the barometer is updated early in the year, in time for the committees' priorities.",
    task: { kind: 'figures', assignees: 'administration', daysBefore: 10 },
  },
  {
    kind: 'orientation_letter',
    month: 1,
    day: 31,
    titleDa: 'Orienteringsbrev til udvalgene',
    titleEn: 'Orientation letter to the committees',
    descriptionDa: 'Sekretariatet skriver til alle udvalg om de nye tal, hvor det går frem, og hvor det står stille.',
    descriptionEn: 'The secretariat writes to every committee about the new figures: where things move forward and where they stall.',
    task: null,
  },
  {
    kind: 'economic_overview',
    month: 5,
    day: 2,
    titleDa: 'Økonomioversigt fra udvalgene',
    titleEn: 'Economic overview from the committees',
    descriptionDa: 'Hvert udvalg opdaterer oversigten over indsatser og finansiering.',
    descriptionEn: 'Each committee updates its overview of initiatives and their funding.',
    task: { kind: 'economic_overview', assignees: 'committee', daysBefore: 0 },
  },
  {
    kind: 'status_statement',
    month: 5,
    day: 6,
    titleDa: 'Redegørelse fra udvalgene',
    titleEn: 'Status statement from the committees',
    descriptionDa:
      'En kort redegørelse om de vigtigste tilbageværende udfordringer og de indsatser, udvalget tror mest på. Den er udvalgets bidrag til årsrapporten.',
    descriptionEn:
      'A short statement on the main remaining challenges and the initiatives the committee believes in most; its contribution to the annual report.',
    task: { kind: 'status_statement', assignees: 'committee', daysBefore: 0 },
  },
  {
    kind: 'action_plan',
    month: 5,
    day: 16,
    titleDa: 'Revideret handleplan',
    titleEn: 'Revised action plan',
    descriptionDa: 'Udvalget sender sin reviderede handleplan med konkrete resultatmål og budget.',
    descriptionEn: 'The committee sends its revised action plan with concrete result targets and a budget.',
    task: { kind: 'action_plan', assignees: 'committee', daysBefore: 0 },
  },
  {
    kind: 'annual_report',
    month: 8,
    day: 15,
    titleDa: 'Årsrapport til Borgerrepræsentationen',
    titleEn: 'Annual report to the City Council',
    descriptionDa: 'Sekretariatet samler udvalgenes redegørelser og sine anbefalinger i årets statusrapport.',
    descriptionEn: "The secretariat brings the committees' statements and its recommendations together in the year's status report.",
    task: null,
  },
  {
    kind: 'budget_process',
    month: 9,
    day: 15,
    titleDa: 'Budgetprocessen',
    titleEn: 'The budget process',
    descriptionDa: 'Årets resultater og handleplaner indgår i forhandlingerne om næste års budget.',
    descriptionEn: "The year's results and action plans feed the negotiations on next year's budget.",
    task: null,
  },
];

export interface PlannedTask {
  readonly kind: TaskKind;
  readonly assignee: { readonly kind: AssigneeKind; readonly id: number };
  readonly deadline: string;
}

export interface PlannedMilestone {
  readonly kind: MilestoneKind;
  readonly titleDa: string;
  readonly titleEn: string;
  readonly date: string;
  readonly descriptionDa: string;
  readonly descriptionEn: string;
  readonly tasks: readonly PlannedTask[];
}

/** Who the year's tasks go to: the policy's committees, and the administrations that deliver figures. */
export interface CycleParties {
  readonly committeeIds: readonly number[];
  readonly administrationIds: readonly number[];
}

function defaultMilestoneDate(year: number, milestone: Pick<DefaultMilestone, 'month' | 'day'>): string {
  return `${String(year).padStart(4, '0')}-${pad(milestone.month)}-${pad(milestone.day)}`;
}

/**
 * One year's milestones and tasks from the defaults, in date order. With
 * `isHoliday`, a task deadline on a weekend or a holiday moves to the working
 * day before; without, the dates are the calendar's as they fall.
 */
export function planCycleFromDefaults(
  year: number,
  parties: CycleParties,
  defaults: readonly DefaultMilestone[] = DEFAULT_MILESTONES,
  isHoliday?: IsHoliday,
): readonly PlannedMilestone[] {
  return defaults
    .map((milestone): PlannedMilestone => {
      const date = defaultMilestoneDate(year, milestone);
      const task = milestone.task;
      const ids = task === null ? [] : task.assignees === 'committee' ? parties.committeeIds : parties.administrationIds;
      const calendarDeadline = task === null ? date : addDays(date, -task.daysBefore);
      const deadline = isHoliday ? workingDayOnOrBefore(calendarDeadline, isHoliday) : calendarDeadline;
      return {
        kind: milestone.kind,
        titleDa: milestone.titleDa,
        titleEn: milestone.titleEn,
        date,
        descriptionDa: milestone.descriptionDa,
        descriptionEn: milestone.descriptionEn,
        tasks: task === null ? [] : ids.map((id) => ({ kind: task.kind, assignee: { kind: task.assignees, id }, deadline })),
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
