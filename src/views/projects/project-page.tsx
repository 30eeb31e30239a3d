// One project as the public sees it: its facts, the goals it serves, its
// evaluations and the decisions at the end of its period.
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../domain/number-format.js';
import { pick, translator } from '../../i18n/index.js';
import type { PublicProjectDetail } from '../../services/projects/public-projects.js';
import { formatDate } from '../format-date.js';
import { formatKroner } from './format-amounts.js';
import { contentLang } from './project-list-page.js';
import { projectListPath } from './project-paths.js';
import { ProjectStatusTag } from './project-status-tag.js';

function Fact({ label, children, content }: { label: string; children: ComponentChildren; content?: 'da' | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd lang={content}>{children}</dd>
    </>
  );
}

export function ProjectPage({ lang, project }: { lang: Lang; project: PublicProjectDetail }) {
  const t = translator(lang);
  const content = contentLang(lang);
  const extended = project.effectiveEndOn !== project.endOn;
  return (
    <>
      <p>
        <a href={projectListPath(lang)}>{t('projects.back')}</a>
      </p>
      <h1 lang={content}>{project.title}</h1>
      <p>
        <ProjectStatusTag lang={lang} status={project.status} />
      </p>
      {project.description && <p lang={content}>{project.description}</p>}
      <dl class="project-facts">
        {project.reference && <Fact label={t('projects.field.reference')}>{project.reference}</Fact>}
        <Fact label={t('projects.field.owner')} content={content}>
          {project.owner}
        </Fact>
        <Fact label={t('field.committee')}>{pick(lang, project.committee.name.da, project.committee.name.en)}</Fact>
        {project.administration && <Fact label={t('field.administration')}>{pick(lang, project.administration.name.da, project.administration.name.en)}</Fact>}
        <Fact label={t('field.period')}>
          {formatDate(project.startOn, lang)} – {formatDate(project.endOn, lang)}
          {extended && ` (${t('field.extendedUntil', { date: formatDate(project.effectiveEndOn, lang) })})`}
        </Fact>
        {project.budgetKr !== null && <Fact label={t('projects.field.budget')}>{formatKroner(project.budgetKr, lang)}</Fact>}
        <Fact label={t('projects.field.cofunding')}>{formatKroner(project.cofundingKr, lang)}</Fact>
        {project.fundingSource && (
          <Fact label={t('field.fundingSource')} content={content}>
            {project.fundingSource}
          </Fact>
        )}
        {project.targetGroup && (
          <Fact label={t('field.targetGroup')} content={content}>
            {project.targetGroup}
          </Fact>
        )}
        {project.contact && (
          <Fact label={t('field.contact')} content={content}>
            {project.contact}
          </Fact>
        )}
      </dl>
      {project.goals.length > 0 && (
        <>
          <h2>{t('projects.field.goals')}</h2>
          <ul>
            {project.goals.map((g) => (
              <li key={g.code}>
                {t('field.goal')} {g.number}: {pick(lang, g.title.da, g.title.en)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('evaluation.heading')}</h2>
      {project.evaluations.length === 0 && <p>{t('projects.evaluation.none')}</p>}
      {project.evaluations.map((e, i) => (
        <dl class="project-evaluation" key={i}>
          <Fact label={t('field.status')}>
            {e.state === 'done' ? t('evaluation.done') : t('evaluation.planned')}
            {e.state === 'done' && e.completedOn && ` (${formatDate(e.completedOn, lang)})`}
            {e.state === 'planned' && e.plannedFor && ` (${t('evaluation.plannedFor').toLowerCase()} ${formatDate(e.plannedFor, lang)})`}
          </Fact>
          <Fact label={t('evaluation.method')} content={content}>
            {e.method}
          </Fact>
          {e.result && (
            <Fact label={t('evaluation.result')} content={content}>
              {e.result}
            </Fact>
          )}
        </dl>
      ))}
      <h2>{t('decision.heading')}</h2>
      {project.decisions.length === 0 ? (
        <p>{t('decision.none')}</p>
      ) : (
        <ul>
          {project.decisions.map((d, i) => (
            <li key={i}>
              {formatDate(d.decidedOn, lang)}: <strong>{t(`decision.${d.kind}`)}</strong>
              {d.extendedUntil && ` (${t('field.extendedUntil', { date: formatDate(d.extendedUntil, lang) })})`}
              {d.note && (
                <>
                  {'. '}
                  <span lang={content}>{d.note}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
