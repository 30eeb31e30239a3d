// Work in draft on the desk: releases being gathered and letters not yet sent.
import { isMessageKey, t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import type { OpenDrafts } from '../../../services/desk/desk-types.js';
import { AdminMoment } from '../admin-date.js';

/** The letter's kind in words; a kind without words yet shows its code. */
function kindWords(lang: Lang, kind: string): string {
  const key = `letters.kind.${kind}`;
  return isMessageKey(key) ? t(lang, key) : kind;
}

export function OpenDraftsSection({ lang, drafts }: { lang: Lang; drafts: OpenDrafts }) {
  return (
    <section aria-labelledby="desk-drafts">
      <h2 id="desk-drafts">{t(lang, 'desk.drafts.title')}</h2>
      <h3>{t(lang, 'desk.drafts.releases')}</h3>
      {drafts.releases.length === 0 ? (
        <p>{t(lang, 'desk.drafts.none')}</p>
      ) : (
        <ul class="desk-list">
          {drafts.releases.map((r) => (
            <li>
              <a href={`/admin/releases/${r.id}`}>{r.title}</a>
            </li>
          ))}
        </ul>
      )}
      <h3>{t(lang, 'desk.drafts.letters')}</h3>
      {drafts.letters.length === 0 ? (
        <p>{t(lang, 'desk.drafts.none')}</p>
      ) : (
        <ul class="desk-list">
          {drafts.letters.map((l) => (
            <li>
              <a href={`/admin/letters/${l.id}`}>{l.title}</a> ({kindWords(lang, l.kind)}), {t(lang, 'desk.drafts.updated')}{' '}
              <AdminMoment lang={lang} at={l.updatedAt} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
