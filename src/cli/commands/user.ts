// `barometer user add --email … --role …`: creates an account and prints a
// one-time link for choosing its password (and e-mails it when SMTP_URL is
// set). This is how the first administrator gets in.
import { parseArgs } from 'node:util';
import { commandLineActor } from '../../domain/permissions.js';
import { getConfig } from '../../config/env.js';
import { ROLES, isRole } from '../../domain/permissions.js';
import { createLogMailer, createSmtpMailer } from '../../mail/mailer.js';
import { idsForCodes } from '../../services/accounts/organisation-codes.js';
import { sendInvitation } from '../../services/accounts/one-time-links.js';
import { createUser } from '../../services/accounts/users.js';
import { ServiceError } from '../../services/errors.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { CommandError } from '../output.js';
import type { CommandOutput } from '../output.js';

export const USER_HELP = `Usage: barometer user add --email EMAIL --role ROLE [--name NAME] [--administration CODE] [--committee CODE] [--language da|en]

Creates an account and prints a link (valid for seven days) where its owner chooses a password.
Roles: ${ROLES.join(', ')}. A data_supplier names its --administration, a committee_member its --committee.`;

const ACTOR = commandLineActor('barometer user (command line)');

export async function userCommand(argv: readonly string[], out: CommandOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        administration: { type: 'string' },
        committee: { type: 'string' },
        language: { type: 'string' },
      },
    });
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${USER_HELP}`);
  }
  const [action, ...rest] = parsed.positionals;
  if (action !== 'add' || rest.length > 0) throw new CommandError(USER_HELP);
  const { email, role, name, administration, committee, language = 'da' } = parsed.values;
  if (!email) throw new CommandError('user add needs --email');
  if (!isRole(role)) throw new CommandError(`user add needs --role, one of ${ROLES.join(', ')}`);
  if (language !== 'da' && language !== 'en') throw new CommandError('--language is da or en');

  const config = getConfig();
  const database = await openMigratedDatabase(config);
  try {
    const ids = await idsForCodes(database.db, { administrationCode: administration ?? null, committeeCode: committee ?? null });
    if (ids.administrationId === undefined) throw new CommandError(`There is no administration with the code ${administration}.`);
    if (ids.committeeId === undefined) throw new CommandError(`There is no committee with the code ${committee}.`);
    const ctx = { actor: ACTOR, now: new Date() };
    const user = await createUser(
      database.db,
      { email, name: name ?? '', role, administrationId: ids.administrationId, committeeId: ids.committeeId, language, isActive: true },
      ctx,
    ).catch((error: unknown) => {
      // Field problems (address taken, role without its administration) read well as they are.
      if (error instanceof ServiceError) throw new CommandError(error.message);
      throw error;
    });
    const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : createLogMailer(() => undefined);
    const sent = await sendInvitation(database.db, user.id, { mailer, baseUrl: config.baseUrl }, ctx);
    out.info(`Created ${user.role} ${user.email}.`);
    out.info(`To choose a password, open this link within seven days (it works once):\n${sent.link}`);
    if (sent.delivered) out.info(`The link was also e-mailed to ${user.email}.`);
    return 0;
  } finally {
    await database.close();
  }
}
