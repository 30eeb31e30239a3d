// The monitoring board: every monitored project and every project waiting
// for its decision, most urgent first, with its latest rating and the step
// the rules ask for; then the open flags per committee.
import { pick, translator } from '../../../i18n/index.js';
import { formatKroner } from '../../../i18n/format.js';
import type { BoardEntry, MonitoringBoard } from '../../../services/projects/monitoring-board.js';
import type { CommitteeFlags } from '../../../domain/projects/committee-flags.js';
import { nextStep } from './project-list-page.js';
import type { Lang } from '../../../i18n/index.js';
import { RatingBadge } from './rating-badge.js';

const FLAG_KEYS = [
  ['committeeLetter', 'board.flag.committeeLetter'],
  ['actionPlanRequired', 'board.flag.actionPlanRequired'],
  ['contactProject', 'board.flag.contactProject'],
  ['awaitingDecision', 'board.flag.awaitingDecision'],
  ['ratingOverdue', 'board.flag.ratingOverdue'],
] as const;

/** A committee's open flags as lists of projects; `linked` when the reader may open the projects. */
export function FlagLists({ lang, flags, linked }: { lang: Lang; flags: CommitteeFlags<{ projectId: number; title: string }>; linked: boolean }) {
  const t = translator(lang);
  return (
    <dl>
      {FLAG_KEYS.filter(([name]) => flags[name].length > 0).map(([name, key]) => (
        <>
          <dt>{t(key)}</dt>
          {flags[name].map((p) => (
            <dd>
              {linked ? <a href={`/admin/projects/${p.projectId}`}>{p.title}</a> : p.title}
              {linked && name === 'committeeLetter' && (
                <>
                  {' · '}
                  <a href={`/admin/letters?kind=red_twice&project=${p.projectId}`}>{t('letters.board.writeLetter')}</a>
                </>
              )}
            </dd>
          ))}
        </>
      ))}
    </dl>
  );
}

export function BoardPage({ lang, board, committeeCodes }: { lang: Lang; board: MonitoringBoard; committeeCodes: ReadonlyMap<number, string> }) {
  const t = translator(lang);
  const row = (entry: BoardEntry) => (
    <tr>
      <th scope="row">
        <a href={`/admin/projects/${entry.projectId}`}>{entry.title}</a>
      </th>
      <td>{committeeCodes.get(entry.committeeId) ?? ''}</td>
      <td>
        {entry.latestReport ? (
          <>
            {entry.latestReport.quarter}: <RatingBadge lang={lang} rating={entry.latestReport.rating} /> – {entry.latestReport.comment}
          </>
        ) : (
          t('board.noReport')
        )}
      </td>
      <td>{nextStep(t, entry)}</td>
    </tr>
  );
  return (
    <>
      <h1>{t('board.title')}</h1>
      <p>{t('board.intro', { threshold: formatKroner(lang, board.thresholdKr) })}</p>
      {board.entries.length === 0 ? (
        <p>{t('bank.board.none')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption class="sr-only">{t('board.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('board.col.project')}</th>
                <th scope="col">{t('board.col.committee')}</th>
                <th scope="col">{t('board.col.latest')}</th>
                <th scope="col">{t('board.col.step')}</th>
              </tr>
            </thead>
            <tbody>{board.entries.map(row)}</tbody>
          </table>
        </div>
      )}
      <h2>{t('board.committees')}</h2>
      {board.committees.length === 0 && <p>{t('board.committeesNone')}</p>}
      {board.committees.map((committee) => (
        <section>
          <h3>{pick(lang, committee.name.da, committee.name.en)}</h3>
          <FlagLists lang={lang} flags={committee.flags} linked={true} />
        </section>
      ))}
      <p>
        <a href="/admin/projects">{t('projects.title')}</a>
      </p>
    </>
  );
}
