// Creating and changing rows of the model from the admin area, for every
// editable table alike: in a transaction, refused when the row changed since
// the form was opened, with codes kept unique, and with an audit row holding
// the values before and after (links such as an indicator's groups included).
import type { Kysely, Selectable, Updateable } from 'kysely';
import { recordAudit } from '../../db/repositories/audit.js';
import { findCodeClash, findVersionedRow, insertVersionedRow, updateRowAtVersion } from '../../db/repositories/versioned-rows.js';
import type { VersionedTable } from '../../db/repositories/versioned-rows.js';
import type { Database } from '../../db/tables.js';
import { canEditModel } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Forbidden, NotFound } from '../errors.js';
import { FieldProblem, StaleEdit } from './edit-errors.js';

export interface VersionedEdit<T extends VersionedTable> {
  readonly table: T;
  /** The audit log's name for the thing. */
  readonly entity: string;
  readonly values: Omit<Updateable<Database[T]>, 'id' | 'version'> & { code?: string };
  /** Codes are unique per policy for focus areas, goals and indicators. */
  readonly codePolicyId?: number | null;
  /** Reads and writes the links that belong to the row. */
  readonly links?: {
    read(db: Kysely<Database>, id: number): Promise<unknown>;
    write(db: Kysely<Database>, id: number): Promise<void>;
  };
}

async function refuseCodeClash(db: Kysely<Database>, edit: VersionedEdit<VersionedTable>, exceptId: number | null) {
  if (edit.values.code === undefined) return;
  const clash = await findCodeClash(db, edit.table, edit.values.code, { policyId: edit.codePolicyId ?? null, exceptId });
  if (clash) throw new FieldProblem('code', 'code_taken', 'error.model.codeTaken', { code: String(edit.values.code) });
}

export async function createVersioned<T extends VersionedTable>(
  db: Kysely<Database>,
  edit: VersionedEdit<T>,
  ctx: ChangeContext,
): Promise<Selectable<Database[T]>> {
  if (!canEditModel(ctx.actor)) throw new Forbidden('error.model.secretariatOnly');
  return inTransaction(db, async (trx) => {
    await refuseCodeClash(trx, edit as VersionedEdit<VersionedTable>, null);
    const row = await insertVersionedRow(trx, edit.table, edit.values);
    const id = (row as { id: number }).id;
    await edit.links?.write(trx, id);
    const links = await edit.links?.read(trx, id);
    await recordAudit(trx, {
      at: ctx.now.toISOString(),
      actor: ctx.actor.label,
      action: 'create',
      entity: edit.entity,
      entityId: id,
      after: { ...row, ...(links ? { links } : {}) },
    });
    return row;
  });
}

export async function updateVersioned<T extends VersionedTable>(
  db: Kysely<Database>,
  id: number,
  version: number,
  edit: VersionedEdit<T>,
  ctx: ChangeContext,
): Promise<Selectable<Database[T]>> {
  if (!canEditModel(ctx.actor)) throw new Forbidden('error.model.secretariatOnly');
  return inTransaction(db, async (trx) => {
    const before = await findVersionedRow(trx, edit.table, id);
    if (!before) throw new NotFound('error.model.rowGone', { what: { key: `error.table.${edit.table}` }, id });
    const linksBefore = await edit.links?.read(trx, id);
    await refuseCodeClash(trx, edit as VersionedEdit<VersionedTable>, id);
    const after = await updateRowAtVersion(trx, edit.table, id, version, edit.values);
    if (!after) throw new StaleEdit('error.model.stale', { what: { key: `error.table.${edit.table}` } });
    await edit.links?.write(trx, id);
    const linksAfter = await edit.links?.read(trx, id);
    await recordAudit(trx, {
      at: ctx.now.toISOString(),
      actor: ctx.actor.label,
      action: 'update',
      entity: edit.entity,
      entityId: id,
      before: { ...before, ...(linksBefore ? { links: linksBefore } : {}) },
      after: { ...after, ...(linksAfter ? { links: linksAfter } : {}) },
    });
    return after;
  });
}
