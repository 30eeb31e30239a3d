// What every letter starts from: the release it is about (a given id or the
// current policy's latest published one), the policy overview with the
// status engine's judgements of the figures published by that release, the
// sender from the settings, and the logo.
import type { Kysely } from 'kysely';
import type { LetterSender } from '../../domain/letters/document.js';
import type { LetterContext, LetterLang } from '../../domain/letters/view-models.js';
import { findCurrentLetterLogo } from '../../db/repositories/letters.js';
import { findPolicyById } from '../../db/repositories/model-references.js';
import { findCurrentPolicy } from '../../db/repositories/policies.js';
import { findLatestPublishedRelease, findRelease } from '../../db/repositories/releases.js';
import type { Database, PolicyRow, ReleaseRow } from '../../db/tables.js';
import { Invalid, NotFound } from '../errors.js';
import type { PolicyOverview } from '../policy-overview.js';
import { readSiteSettings } from '../site-settings.js';
import type { SiteSettings } from '../site-settings.js';
import { inLang } from './letter-lines.js';
import { getPolicyOverviewAsOfRelease } from './overview-as-of-release.js';

export interface LetterRequest {
  /** A release id, or the current policy's newest published release. */
  readonly release: number | 'latest';
  readonly lang: LetterLang;
  /** The letter's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The site's own address (SITE_URL), printed where the letter points to the barometer when no address is set. */
  readonly siteUrl?: string;
}

export interface LetterBasis {
  readonly policy: PolicyRow;
  readonly release: ReleaseRow & { readonly published_on: string };
  readonly overview: PolicyOverview;
  readonly settings: SiteSettings;
  readonly context: LetterContext;
}

async function resolveRelease(
  db: Kysely<Database>,
  release: number | 'latest',
): Promise<{ policy: PolicyRow; release: ReleaseRow & { published_on: string } }> {
  let row: ReleaseRow | undefined;
  if (release === 'latest') {
    const policy = await findCurrentPolicy(db);
    if (!policy) throw new NotFound('error.letter.noCurrentPolicy');
    row = await findLatestPublishedRelease(db, policy.id);
    if (!row) throw new NotFound('error.letter.noPublishedRelease', { code: policy.code });
  } else {
    row = await findRelease(db, release);
    if (!row) throw new NotFound('error.release.noSuchId', { id: release });
  }
  if (row.state !== 'published' || row.published_on === null) throw new Invalid('error.letter.releaseNotPublished', { id: row.id });
  const policy = await findPolicyById(db, row.policy_id);
  if (!policy) throw new NotFound('error.letter.releaseWithoutPolicy', { id: row.id });
  return { policy, release: { ...row, published_on: row.published_on } };
}

export async function loadLetterSender(db: Kysely<Database>, settings: SiteSettings, lang: LetterLang): Promise<LetterSender> {
  const logo = await findCurrentLetterLogo(db);
  const name =
    (lang === 'en' ? (settings.letter_sender_en ?? settings.letter_sender_da) : settings.letter_sender_da) ??
    (lang === 'en' ? settings.municipality_name_en : settings.municipality_name_da);
  const inLetterLang = (da: string | null, en: string | null) => (lang === 'en' ? (en ?? da) : da);
  const title = inLetterLang(settings.letter_sender_title_da, settings.letter_sender_title_en);
  const signatory = settings.letter_signatory_name
    ? { name: settings.letter_signatory_name, title: inLetterLang(settings.letter_signatory_title_da, settings.letter_signatory_title_en) }
    : null;
  return {
    name,
    title,
    administration: inLetterLang(settings.letter_administration_da, settings.letter_administration_en),
    addressLines: (settings.letter_sender_address ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== ''),
    phone: settings.letter_sender_phone,
    email: settings.letter_sender_email,
    signatory,
    logo: logo ? { contentType: logo.content_type, base64: Buffer.from(logo.content).toString('base64'), description: logo.description } : null,
  };
}

/** The address a letter prints for the barometer: the setting, else the site's own URL without its scheme; null without either. */
export function barometerAddress(settings: SiteSettings, siteUrl: string | undefined): string | null {
  const address = settings.letter_barometer_address?.trim() || siteUrl?.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  return address || null;
}

export async function loadLetterBasis(db: Kysely<Database>, request: LetterRequest): Promise<LetterBasis> {
  const { policy, release } = await resolveRelease(db, request.release);
  const [overview, settings] = await Promise.all([getPolicyOverviewAsOfRelease(db, policy, release), readSiteSettings(db)]);
  const lang = request.lang;
  const sender = await loadLetterSender(db, settings, lang);
  return {
    policy,
    release,
    overview,
    settings,
    context: {
      lang,
      date: request.date,
      sender,
      barometerName: lang === 'en' ? settings.barometer_name_en : settings.barometer_name_da,
      municipalityName: lang === 'en' ? settings.municipality_name_en : settings.municipality_name_da,
      policyTitle: inLang(overview.policy.title, lang),
      release: { id: release.id, title: inLang({ da: release.title_da, en: release.title_en }, lang), publishedOn: release.published_on },
      barometerAddress: barometerAddress(settings, request.siteUrl),
    },
  };
}
