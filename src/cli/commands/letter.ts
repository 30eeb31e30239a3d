// `barometer letter orientation|challenge|report|red_twice`: writes a letter straight
// from the data and the stored wording, as DOCX, HTML or PDF, for scripts
// and for a secretariat that does not need to edit it first.
import { writeFile } from 'node:fs/promises';
import { getConfig } from '../../config/env.js';
import { ChromiumMissing } from '../../documents/chromium.js';
import { closeSharedPrinters } from '../../documents/pdf-printer.js';
import { LETTER_FORMATS, exportLetter, isLetterFormat } from '../../documents/export-letter.js';
import { LETTER_KINDS } from '../../domain/letters/view-models.js';
import type { LetterKind } from '../../domain/letters/view-models.js';
import { toIsoDate } from '../../services/change-context.js';
import { buildLetterDocument } from '../../services/letters/build-letter.js';
import { parseDateOption } from '../date-option.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { CommandError } from '../output.js';
import type { CommandOutput } from '../output.js';

export interface LetterCommandOptions {
  kind: string;
  release?: string;
  committee?: string;
  project?: string;
  economy?: boolean;
  caseNumber?: string;
  documentNumber?: string;
  lang?: string;
  format?: string;
  out?: string;
  date?: string;
}

function parseRelease(value: string | undefined): number | 'latest' {
  if (value === undefined || value === 'latest') return 'latest';
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new CommandError(`--release takes a release id or "latest", not "${value}"`);
  return id;
}

export async function letterCommand(options: LetterCommandOptions, out: CommandOutput): Promise<number> {
  if (!(LETTER_KINDS as readonly string[]).includes(options.kind)) throw new CommandError(`letter takes ${LETTER_KINDS.join(', ')}, not "${options.kind}"`);
  const kind = options.kind as LetterKind;
  if (!isLetterFormat(options.format)) throw new CommandError(`--format must be one of ${LETTER_FORMATS.join(', ')}`);
  if (!options.out) throw new CommandError('--out FILE is required');
  const lang = options.lang ?? 'da';
  if (lang !== 'da' && lang !== 'en') throw new CommandError('--lang takes da or en');
  if (kind === 'challenge' && !options.committee) throw new CommandError('a challenge letter needs --committee CODE');
  const projectId = options.project === undefined ? undefined : Number(options.project);
  if (kind === 'red_twice' && (projectId === undefined || !Number.isInteger(projectId) || projectId <= 0))
    throw new CommandError('a red-twice letter needs --project ID (the project rated red two quarters in a row)');
  const release = parseRelease(options.release);
  // Today unless given, e.g. to date a letter about an earlier release when it was sent.
  const date = options.date === undefined ? toIsoDate(new Date()) : parseDateOption(options.date);

  const database = await openMigratedDatabase(getConfig());
  let bytes: Buffer;
  try {
    const letter = await buildLetterDocument(database.db, {
      kind,
      release,
      lang,
      committeeCode: options.committee,
      projectId,
      withEconomy: options.economy ?? false,
      filing: { caseNumber: options.caseNumber, documentNumber: options.documentNumber },
      date,
      siteUrl: getConfig().baseUrl,
    });
    try {
      bytes = await exportLetter(letter, options.format);
    } catch (error) {
      if (error instanceof ChromiumMissing) throw new CommandError(error.message);
      throw error;
    }
  } finally {
    await Promise.all([database.close(), closeSharedPrinters()]);
  }
  await writeFile(options.out, bytes);
  out.info(`Wrote the ${kind} letter (${lang}, ${options.format}, ${bytes.length} bytes) to ${options.out}.`);
  return 0;
}
