// The start page of the admin area: a greeting, then the desk of the
// person's role (what is due, what is flagged, what is in draft).
import { t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import type { Role } from '../../../domain/permissions.js';
import type { Desk } from '../../../services/desk/desk-types.js';
import { CommitteeDeskView } from './committee-desk.js';
import { OwnerDeskView } from './owner-desk.js';
import { SecretariatDeskView } from './secretariat-desk.js';
import { SupplierDeskView } from './supplier-desk.js';

export interface DeskPageProps {
  lang: Lang;
  name: string;
  role: Role;
  /** `YYYY-MM-DD`: the day the desk was read on. */
  today: string;
  desk: Desk | null;
}

export function DeskPage({ lang, name, role, today, desk }: DeskPageProps) {
  return (
    <>
      <h1>{t(lang, 'dashboard.title')}</h1>
      <p>
        {t(lang, 'dashboard.welcome', { name })} {t(lang, 'dashboard.role', { role: t(lang, `role.${role}`) })}
      </p>
      {desk?.kind === 'secretariat' && <SecretariatDeskView lang={lang} desk={desk} />}
      {desk?.kind === 'supplier' && <SupplierDeskView lang={lang} desk={desk} />}
      {desk?.kind === 'committee' && <CommitteeDeskView lang={lang} desk={desk} />}
      {desk?.kind === 'owner' && <OwnerDeskView lang={lang} desk={desk} today={today} />}
    </>
  );
}
