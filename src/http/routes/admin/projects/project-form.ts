// Reads the project form into the service's input, with the checks that
// span fields (end after start, co-funding within the budget, a project
// number nobody else has) as problems beside the field; and a project's
// saved state as the form's values.
import { z } from 'zod';
import type { Db } from '../../../../services/database.js';
import type { ProjectInput } from '../../../../services/projects/project-input.js';
import type { ProjectRecord } from '../../../../services/projects/project-record.js';
import { isProjectReferenceTaken } from '../../../../services/projects/projects.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import { integer, isoDate, optionalText, reference, references, requiredText } from '../form-schema.js';
import { problem, readFields } from './screen-support.js';
import type { Problems } from './screen-support.js';
import type { Lang } from '../../../../i18n/index.js';

const amount = (required: boolean) => integer({ required, min: 0, max: Number.MAX_SAFE_INTEGER });

const publicFields = {
  reference: optionalText(60),
  title: requiredText(300),
  description: optionalText(4000),
  owner: requiredText(200),
  administrationId: reference({ required: false }),
  goalIds: references(),
  startOn: isoDate({ required: true }),
  endOn: isoDate({ required: true }),
  budgetKr: amount(false),
  cofundingKr: amount(false),
  fundingSource: optionalText(300),
  targetGroup: optionalText(300),
  contact: optionalText(300),
};
const internalFields = {
  committeeId: reference({ required: true }),
  ownerUserId: reference({ required: false }),
  caseNumber: optionalText(100),
  internalNote: optionalText(4000),
};
const ownerSchema = z.object(publicFields);
const fullSchema = z.object({ ...publicFields, ...internalFields });
type Internals = z.output<z.ZodObject<typeof internalFields>>;

export type ProjectFormRead = { ok: true; input: ProjectInput } | { ok: false; errors: Problems };

/**
 * The form as a project input. Without `withInternals` (a project owner's
 * form), the committee, owner account and internal fields are kept as saved.
 */
export async function readProjectForm(
  db: Db,
  values: FormValues,
  lang: Lang,
  options: { projectId: number | null; withInternals: boolean; saved: Internals | null },
): Promise<ProjectFormRead> {
  const read = options.withInternals ? readFields(fullSchema, values, lang) : readFields(ownerSchema, values, lang);
  if (!read.ok) return read;
  const data = read.data as z.output<typeof ownerSchema> & Partial<Internals>;
  const internals: Internals = options.withInternals ? (data as Internals) : options.saved!;
  const errors: Problems = {};
  if (data.endOn < data.startOn) errors.endOn = problem(lang, 'error.endBeforeStart');
  if (data.budgetKr !== null && data.cofundingKr !== null && data.cofundingKr > data.budgetKr) errors.cofundingKr = problem(lang, 'error.cofundingAboveBudget');
  if (data.reference !== null) {
    if (await isProjectReferenceTaken(db, data.reference, options.projectId)) errors.reference = problem(lang, 'error.referenceTaken');
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      reference: data.reference,
      title: data.title,
      description: data.description,
      owner: data.owner,
      committeeId: internals.committeeId,
      administrationId: data.administrationId,
      goalIds: data.goalIds,
      startOn: data.startOn,
      endOn: data.endOn,
      budgetKr: data.budgetKr,
      cofundingKr: data.cofundingKr ?? 0,
      fundingSource: data.fundingSource,
      targetGroup: data.targetGroup,
      contact: data.contact,
      ownerUserId: internals.ownerUserId,
      internal: { caseNumber: internals.caseNumber, internalNote: internals.internalNote },
    },
  };
}

/** What a project owner's form keeps as saved. */
export function savedInternals(record: ProjectRecord): Internals {
  return {
    committeeId: record.project.committeeId,
    ownerUserId: record.project.ownerUserId,
    caseNumber: record.internal.caseNumber,
    internalNote: record.internal.internalNote,
  };
}

const text = (value: string | number | null) => (value === null ? '' : String(value));

export function projectToForm(record: ProjectRecord): FormValues {
  const p = record.project;
  return {
    reference: text(p.reference),
    title: p.title,
    description: text(p.description),
    owner: p.owner,
    committeeId: String(p.committeeId),
    administrationId: text(p.administrationId),
    goalIds: record.goals.map((g) => String(g.id)),
    startOn: p.startOn,
    endOn: p.endOn,
    budgetKr: text(p.budgetKr),
    cofundingKr: String(p.cofundingKr),
    fundingSource: text(p.fundingSource),
    targetGroup: text(p.targetGroup),
    contact: text(p.contact),
    ownerUserId: text(p.ownerUserId),
    caseNumber: text(record.internal.caseNumber),
    internalNote: text(record.internal.internalNote),
  };
}
