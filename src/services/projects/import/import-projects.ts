// Imports an existing project list (CSV or XLSX) into the project bank, all
// or nothing: the whole file is validated first and every problem returned
// as data; only a file without problems is written, in one transaction,
// each project through createProject so it gets its own audit row.
import type { Kysely } from 'kysely';
import { recordAudit } from '../../../db/repositories/audit.js';
import { listAdministrations, listCommittees } from '../../../db/repositories/organisation.js';
import { findCurrentPolicy, listGoals } from '../../../db/repositories/policies.js';
import { listProjectReferences } from '../../../db/repositories/projects.js';
import type { Database } from '../../../db/tables.js';
import { normaliseHeading } from '../../../domain/projects/project-import-columns.js';
import { validateProjectImport } from '../../../domain/projects/project-import.js';
import type { ImportLookups, ImportProblem, ImportedProject } from '../../../domain/projects/project-import.js';
import { inTransaction } from '../../change-context.js';
import type { ChangeContext } from '../../change-context.js';
import { createProject } from '../projects.js';
import { readProjectTable } from './read-project-table.js';

/** The uploaded list; its name goes into the audit row and helps tell a workbook from CSV. */
export interface ProjectListFile {
  readonly bytes: Uint8Array;
  readonly name?: string;
}

export type ProjectImportOutcome =
  { readonly ok: true; readonly projectIds: readonly number[] } | { readonly ok: false; readonly problems: readonly ImportProblem[] };

async function loadLookups(db: Kysely<Database>): Promise<ImportLookups> {
  const [committees, administrations, policy, references] = await Promise.all([
    listCommittees(db),
    listAdministrations(db),
    findCurrentPolicy(db),
    listProjectReferences(db),
  ]);
  const goals = policy ? await listGoals(db, policy.id) : [];
  const byNames = <T>(entries: [names: (string | null)[], value: T][]) =>
    new Map(entries.flatMap(([names, value]) => names.filter((n): n is string => !!n).map((n) => [normaliseHeading(n), value] as const)));
  return {
    committees: byNames(committees.map((c) => [[c.code, c.name_da, c.name_en], { id: c.id, administrationId: c.administration_id }])),
    administrations: byNames(administrations.map((a) => [[a.code, a.name_da, a.name_en], a.id])),
    goals: byNames(goals.map((g) => [[g.code, String(g.number)], g.id])),
    existingReferences: new Set(references),
  };
}

function toProjectInput(p: ImportedProject) {
  return {
    reference: p.reference,
    title: p.title,
    description: p.description,
    owner: p.owner,
    committeeId: p.committeeId,
    administrationId: p.administrationId,
    goalIds: [...p.goalIds],
    startOn: p.startOn,
    endOn: p.endOn,
    budgetKr: p.budgetKr,
    cofundingKr: p.cofundingKr,
    fundingSource: p.fundingSource,
    targetGroup: p.targetGroup,
    contact: p.contact,
    internal: { caseNumber: p.caseNumber, internalNote: p.internalNote },
  };
}

export async function importProjects(db: Kysely<Database>, file: ProjectListFile, ctx: ChangeContext): Promise<ProjectImportOutcome> {
  const read = await readProjectTable(file.bytes, file.name);
  if (!read.ok) return read;
  return inTransaction(db, async (trx) => {
    const validated = validateProjectImport(read.table, await loadLookups(trx));
    if (!validated.ok) return validated;
    const projectIds: number[] = [];
    for (const project of validated.projects) projectIds.push((await createProject(trx, toProjectInput(project), ctx)).id);
    await recordAudit(trx, {
      at: ctx.now.toISOString(),
      actor: ctx.actor.label,
      action: 'import',
      entity: 'project',
      after: { file: file.name ?? null, projectIds },
    });
    return { ok: true, projectIds };
  });
}

export type ProjectImportCheck =
  { readonly ok: true; readonly projects: readonly ImportedProject[] } | { readonly ok: false; readonly problems: readonly ImportProblem[] };

/** The dry run: reads and validates the file exactly as importProjects does, and writes nothing. */
export async function checkProjectImport(db: Kysely<Database>, file: ProjectListFile): Promise<ProjectImportCheck> {
  const read = await readProjectTable(file.bytes, file.name);
  if (!read.ok) return read;
  const validated = validateProjectImport(read.table, await loadLookups(db));
  return validated.ok ? { ok: true, projects: validated.projects } : validated;
}
