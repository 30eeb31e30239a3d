// The sender's logo: one PNG or JPEG image of at most 500 kB, kept in the
// database (so a backup has it) and shown at the top of every letter.
// Uploading replaces the one before; both uploading and removing are audited.
import type { Kysely } from 'kysely';
import { readImageSize } from '../../domain/letters/image-size.js';
import type { LetterLang } from '../../domain/letters/view-models.js';
import { recordAudit } from '../../db/repositories/audit.js';
import { deleteLetterLogos, findCurrentLetterLogo, insertLetterLogo } from '../../db/repositories/letters.js';
import type { Database } from '../../db/tables.js';
import { canEditLetterTemplates } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Forbidden, Invalid } from '../errors.js';
import { readSiteSettings } from '../site-settings.js';
import { loadLetterSender } from './letter-context.js';

export const MAX_LOGO_BYTES = 500 * 1024;

function contentTypeOf(content: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (content[0] === 0x89 && content[1] === 0x50 && content[2] === 0x4e && content[3] === 0x47) return 'image/png';
  if (content[0] === 0xff && content[1] === 0xd8) return 'image/jpeg';
  return null;
}

export async function saveLetterLogo(db: Kysely<Database>, upload: { content: Buffer; description: string }, ctx: ChangeContext): Promise<void> {
  if (!canEditLetterTemplates(ctx.actor)) throw new Forbidden('error.letter.logoAdminOnly');
  const contentType = contentTypeOf(upload.content);
  // The bytes decide what the file is, not its name or the browser's claim.
  if (upload.content.length === 0 || upload.content.length > MAX_LOGO_BYTES || !contentType || !readImageSize(upload.content)) {
    throw new Invalid('error.letter.logoFormat');
  }
  const description = upload.description.trim().slice(0, 300) || 'Logo';
  await inTransaction(db, async (trx) => {
    const at = ctx.now.toISOString();
    await deleteLetterLogos(trx);
    const row = await insertLetterLogo(trx, { content_type: contentType, description, content: upload.content, uploaded_at: at, uploaded_by: ctx.actor.label });
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: 'update',
      entity: 'letter_logo',
      entityId: row.id,
      after: { contentType, description, bytes: upload.content.length },
    });
  });
}

export async function removeLetterLogo(db: Kysely<Database>, ctx: ChangeContext): Promise<void> {
  if (!canEditLetterTemplates(ctx.actor)) throw new Forbidden('error.letter.logoAdminOnly');
  await inTransaction(db, async (trx) => {
    const before = await findCurrentLetterLogo(trx);
    if (!before) return;
    await deleteLetterLogos(trx);
    await recordAudit(trx, {
      at: ctx.now.toISOString(),
      actor: ctx.actor.label,
      action: 'delete',
      entity: 'letter_logo',
      entityId: before.id,
      before: { contentType: before.content_type, description: before.description },
    });
  });
}

/** The sender as the letters in this language show it, logo included. */
export async function getLetterSender(db: Kysely<Database>, lang: LetterLang) {
  return loadLetterSender(db, await readSiteSettings(db), lang);
}
