// One project as the administration sees it: every field, the internal ones
// marked as such, then its monitoring, evaluations and decision (see
// project-follow-up.tsx), with the forms the person may use.
import { formatKroner } from '../../../i18n/format.js';
import type { ProjectRecord } from '../../../services/projects/project-record.js';
import { Notice } from '../forms/notice.js';
import { DecisionSection, EvaluationSection, MonitoringSection } from './project-follow-up.js';
import type { FollowUpForms } from './project-follow-up.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import { dateText } from '../admin-date.js';

export interface ProjectNames {
  readonly committee: string;
  readonly administration: string | null;
  readonly goals: readonly string[];
  readonly ownerAccount: string | null;
}

export interface ProjectPageProps {
  lang: Lang;
  record: ProjectRecord;
  names: ProjectNames;
  csrfToken: string;
  forms: FollowUpForms;
  canEdit: boolean;
  canManage: boolean;
  notice: { kind: 'success' | 'error'; text: string } | null;
  quarterExample: string;
}

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

export function ProjectPage(props: ProjectPageProps) {
  const { lang, record, names } = props;
  const t = translator(lang);
  const p = record.project;
  const followUp = {
    lang,
    record,
    csrfToken: props.csrfToken,
    forms: props.forms,
    canRate: props.canEdit,
    canManage: props.canManage,
    quarterExample: props.quarterExample,
  };
  return (
    <>
      <h1>{p.title}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      {props.canEdit && (
        <p>
          <a class="button button-secondary" href={`/admin/projects/${p.id}/edit`}>
            {t('projects.edit')}
          </a>
        </p>
      )}
      <h2>{t('projects.facts')}</h2>
      <dl>
        <Fact label={t('field.reference')} value={p.reference} />
        <Fact label={t('field.description')} value={p.description} />
        <Fact label={t('field.owner')} value={p.owner} />
        <Fact label={t('field.committee')} value={names.committee} />
        <Fact label={t('field.administration')} value={names.administration} />
        <Fact label={t('field.goals')} value={names.goals.join(', ')} />
        <Fact label={t('field.startOn')} value={dateText(lang, p.startOn)} />
        <Fact label={t('field.endOn')} value={dateText(lang, p.endOn)} />
        {record.assessment.effectiveEndOn !== p.endOn && <Fact label={t('projects.effectiveEnd')} value={dateText(lang, record.assessment.effectiveEndOn)} />}
        <Fact label={t('field.budget')} value={p.budgetKr === null ? null : formatKroner(lang, p.budgetKr)} />
        <Fact label={t('field.cofunding')} value={formatKroner(lang, p.cofundingKr)} />
        <Fact label={t('field.fundingSource')} value={p.fundingSource} />
        <Fact label={t('field.targetGroup')} value={p.targetGroup} />
        <Fact label={t('field.contact')} value={p.contact} />
      </dl>
      {props.canManage && (
        <>
          <h3>{t('projects.internal')}</h3>
          <p class="form-hint">{t('projects.internalHint')}</p>
          <dl>
            <Fact label={t('field.ownerUser')} value={names.ownerAccount ?? t('common.none')} />
            <Fact label={t('field.caseNumber')} value={record.internal.caseNumber ?? '–'} />
            <Fact label={t('field.internalNote')} value={record.internal.internalNote ?? '–'} />
          </dl>
        </>
      )}
      <p>
        <a href={`/projekter/${p.id}`}>{t('projects.publicPage')}</a>
      </p>
      <MonitoringSection {...followUp} />
      <EvaluationSection {...followUp} />
      <DecisionSection {...followUp} />
    </>
  );
}
