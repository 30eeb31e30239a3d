// The parts of a project's page that follow it after it starts: quarterly
// monitoring with the escalation after each rating (and the forms to rate a
// quarter and to record that a step was taken), evaluations, and the
// decision at the end of the period. Each evaluation's form names its
// fields after it (`e12.method`; `e0.` for a new one), so several fit one page.
import type { Escalation } from '../../../domain/projects/escalation.js';
import { formatKroner } from '../../../i18n/format.js';
import type { ProjectRecord } from '../../../services/projects/project-record.js';
import { ErrorSummary } from '../forms/error-summary.js';
import type { FieldSpec } from '../forms/field-spec.js';
import { Field } from '../forms/field.js';
import { PostForm } from '../forms/post-form.js';
import { EMPTY_FORM } from '../forms/shown-form.js';
import type { ShownForm } from '../forms/shown-form.js';
import { translator } from '../../../i18n/index.js';
import type { MessageKey, Lang } from '../../../i18n/index.js';
import { AdminDate, dateText } from '../admin-date.js';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface FollowUpForms {
  readonly monitoring: ShownForm;
  readonly followUp: ShownForm;
  /** Keyed by evaluation id; 0 is the form for a new one. */
  readonly evaluations: Readonly<Record<number, ShownForm>>;
  readonly decision: ShownForm;
}

function escalationText(t: T, escalation: Escalation): string {
  const step = t(`escalation.${escalation.level}`);
  return escalation.level !== 'none' && !escalation.isOpen ? `${step} ${t('escalation.taken')}` : step;
}

function Form({
  lang,
  action,
  csrfToken,
  specs,
  shown,
  submit,
}: {
  lang: Lang;
  action: string;
  csrfToken: string;
  specs: FieldSpec[];
  shown: ShownForm;
  submit: string;
}) {
  return (
    <>
      <ErrorSummary specs={specs} errors={shown.errors} lang={lang} />
      <PostForm action={action} csrfToken={csrfToken}>
        {specs.map((spec) => (
          <Field spec={spec} shown={shown} lang={lang} />
        ))}
        <button type="submit" class="button button-primary">
          {submit}
        </button>
      </PostForm>
    </>
  );
}

export interface FollowUpProps {
  lang: Lang;
  record: ProjectRecord;
  csrfToken: string;
  forms: FollowUpForms;
  canRate: boolean;
  canManage: boolean;
  quarterExample: string;
}

export function MonitoringSection({ lang, record, csrfToken, forms, canRate, canManage, quarterExample }: FollowUpProps) {
  const t = translator(lang);
  const base = `/admin/projects/${record.project.id}`;
  const threshold = formatKroner(lang, record.thresholdKr);
  const open = record.monitoring.filter((m) => m.rating !== 'green' && m.followUpOn === null);
  return (
    <section>
      <h2 id="monitoring">{t('monitoring.title')}</h2>
      {!record.assessment.isMonitored ? (
        <p>{t('monitoring.notMonitored', { threshold })}</p>
      ) : (
        <>
          <p>{t('monitoring.intro', { threshold })}</p>
          <p>
            <strong>{t('monitoring.now', { step: escalationText(t, record.assessment.escalation) })}</strong>
          </p>
          {record.monitoring.length === 0 ? (
            <p>{t('monitoring.none')}</p>
          ) : (
            <div class="table--responsive-scroll">
              <table class="table table--zebra">
                <caption class="sr-only">{t('monitoring.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('monitoring.quarter')}</th>
                    <th scope="col">{t('monitoring.rating')}</th>
                    <th scope="col">{t('monitoring.comment')}</th>
                    <th scope="col">{t('monitoring.escalation')}</th>
                    <th scope="col">{t('monitoring.followUp')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...record.monitoring].reverse().map((report) => (
                    <tr>
                      <th scope="row">{report.quarter}</th>
                      <td>
                        <span class={`admin-rating admin-rating-${report.rating}`}>{t(`rating.short.${report.rating}`)}</span>
                      </td>
                      <td>{report.comment}</td>
                      <td>{t(`escalation.${report.escalation.level}`)}</td>
                      <td>
                        {report.rating === 'green'
                          ? '–'
                          : report.followUpOn
                            ? `${t('monitoring.followUpDone', { date: report.followUpOn })}${report.followUpNote ? `: ${report.followUpNote}` : ''}`
                            : t('monitoring.followUpOpen')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {canRate && (
            <Form
              lang={lang}
              action={`${base}/monitoring`}
              csrfToken={csrfToken}
              shown={forms.monitoring}
              submit={t('monitoring.submit')}
              specs={[
                {
                  kind: 'text',
                  name: 'quarter',
                  label: t('monitoring.quarter'),
                  hint: t('monitoring.quarterHint', { example: quarterExample }),
                  required: true,
                },
                {
                  kind: 'radios',
                  name: 'rating',
                  label: t('monitoring.rating'),
                  options: (['green', 'yellow', 'red'] as const).map((r) => ({ value: r, label: t(`rating.${r}`) })),
                },
                { kind: 'textarea', name: 'comment', label: t('monitoring.comment'), required: true },
              ]}
            />
          )}
          {canManage && open.length > 0 && (
            <>
              <h3>{t('monitoring.followUpTitle')}</h3>
              <Form
                lang={lang}
                action={`${base}/follow-up`}
                csrfToken={csrfToken}
                shown={forms.followUp}
                submit={t('monitoring.followUpSubmit')}
                specs={[
                  {
                    kind: 'select',
                    name: 'followUpQuarter',
                    label: t('monitoring.followUpQuarter'),
                    required: true,
                    options: open.map((m) => ({ value: m.quarter, label: `${m.quarter}: ${t(`escalation.${m.escalation.level}`)}` })),
                  },
                  { kind: 'text', name: 'followUpOn', label: t('monitoring.followUpOn'), hint: t('field.dateHint'), required: true },
                  { kind: 'textarea', name: 'followUpNote', label: t('monitoring.followUpNote') },
                ]}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

function evaluationSpecs(t: T, id: number): FieldSpec[] {
  const p = `e${id}.`;
  return [
    {
      kind: 'radios',
      name: `${p}state`,
      label: t('evaluation.state'),
      options: (['planned', 'done'] as const).map((s) => ({ value: s, label: t(`evaluation.state.${s}`) })),
    },
    { kind: 'text', name: `${p}method`, label: t('evaluation.method'), required: true },
    { kind: 'text', name: `${p}plannedFor`, label: t('evaluation.plannedFor'), hint: t('field.dateHint') },
    { kind: 'text', name: `${p}completedOn`, label: t('evaluation.completedOn'), hint: t('field.dateHint') },
    { kind: 'textarea', name: `${p}result`, label: t('evaluation.result') },
  ];
}

export function EvaluationSection({ lang, record, csrfToken, forms, canRate }: FollowUpProps) {
  const t = translator(lang);
  const action = `/admin/projects/${record.project.id}/evaluations`;
  return (
    <section>
      <h2 id="evaluation">{t('evaluation.title')}</h2>
      {record.evaluations.length === 0 && <p>{t('evaluation.none')}</p>}
      {record.evaluations.map((e, index) => (
        <div>
          <h3>
            {t(`evaluation.state.${e.state}`)}: {e.method}
          </h3>
          <dl>
            {e.plannedFor && (
              <>
                <dt>{t('evaluation.plannedFor')}</dt>
                <dd>
                  <AdminDate lang={lang} date={e.plannedFor} />
                </dd>
              </>
            )}
            {e.completedOn && (
              <>
                <dt>{t('evaluation.completedOn')}</dt>
                <dd>
                  <AdminDate lang={lang} date={e.completedOn} />
                </dd>
              </>
            )}
            {e.result && (
              <>
                <dt>{t('evaluation.result')}</dt>
                <dd>{e.result}</dd>
              </>
            )}
          </dl>
          {canRate && (
            <details open={Object.keys(forms.evaluations[e.id]?.errors ?? {}).length > 0}>
              <summary>{t('evaluation.edit', { n: index + 1 })}</summary>
              <Form
                lang={lang}
                action={action}
                csrfToken={csrfToken}
                shown={forms.evaluations[e.id] ?? EMPTY_FORM}
                specs={evaluationSpecs(t, e.id)}
                submit={t('evaluation.submit')}
              />
            </details>
          )}
        </div>
      ))}
      {canRate && (
        <>
          <h3>{t('evaluation.add')}</h3>
          <Form
            lang={lang}
            action={action}
            csrfToken={csrfToken}
            shown={forms.evaluations[0] ?? { values: { 'e0.state': 'planned' }, errors: {} }}
            specs={evaluationSpecs(t, 0)}
            submit={t('evaluation.submit')}
          />
        </>
      )}
    </section>
  );
}

export function DecisionSection({ lang, record, csrfToken, forms, canManage }: FollowUpProps) {
  const t = translator(lang);
  return (
    <section>
      <h2 id="decision">{t('decision.title')}</h2>
      {record.assessment.isAwaitingDecision && (
        <div class="alert alert-warning" role="status">
          <div class="alert-body">
            <p class="alert-text">{t('decision.awaiting', { date: record.assessment.effectiveEndOn })}</p>
          </div>
        </div>
      )}
      {record.decisions.length === 0 ? (
        <p>{t('decision.none')}</p>
      ) : (
        <ul>
          {record.decisions.map((d) => (
            <li>
              <AdminDate lang={lang} date={d.decidedOn} />: {t(`decision.kind.${d.kind}`)}
              {d.extendedUntil ? ` (${t('decision.extendedUntil').toLowerCase()} ${dateText(lang, d.extendedUntil)})` : ''}
              {d.note ? ` – ${d.note}` : ''}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <>
          <h3>{t('decision.add')}</h3>
          <Form
            lang={lang}
            action={`/admin/projects/${record.project.id}/decisions`}
            csrfToken={csrfToken}
            shown={forms.decision}
            submit={t('decision.submit')}
            specs={[
              {
                kind: 'radios',
                name: 'kind',
                label: t('decision.kind'),
                options: (['anchor', 'extend', 'end'] as const).map((k) => ({ value: k, label: t(`decision.kind.${k}`) })),
              },
              { kind: 'text', name: 'decidedOn', label: t('decision.decidedOn'), hint: t('field.dateHint'), required: true },
              { kind: 'text', name: 'extendedUntil', label: t('decision.extendedUntil'), hint: t('decision.extendedUntilHint') },
              { kind: 'textarea', name: 'decisionNote', label: t('decision.note') },
            ]}
          />
        </>
      )}
    </section>
  );
}
