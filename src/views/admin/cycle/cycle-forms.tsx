// Small forms of the cycle pages: create a year's cycle from the defaults,
// and the number of days before a deadline that reminders go out.
import { CsrfInput } from '../forms/hidden-inputs.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';

export interface CreateCycleFormProps {
  readonly lang: Lang;
  readonly csrfToken: string;
  readonly policies: readonly { readonly id: number; readonly title: string }[];
  /** The year shown in the field: a suggestion, or what was typed. */
  readonly year: number | string;
  readonly policyId?: number;
  /** A refusal, shown beside the year. */
  readonly error?: string | null;
}

export function CreateCycleForm({ lang, csrfToken, policies, year, policyId, error }: CreateCycleFormProps) {
  const t = translator(lang);
  return (
    <section>
      <h2>{t('cycle.create.heading')}</h2>
      <p>{t('cycle.create.intro')}</p>
      <form method="post" action="/admin/cycle" class="admin-form">
        <CsrfInput token={csrfToken} />
        <div class="form-group">
          <label class="form-label" for="create-policy">
            {t('cycle.create.policy')}
          </label>
          <select class="form-select" id="create-policy" name="policyId">
            {policies.map((p) => (
              <option value={String(p.id)} selected={p.id === policyId}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
        <div class={error ? 'form-group form-error' : 'form-group'}>
          <label class="form-label" for="create-year">
            {t('cycle.create.year')}
          </label>
          {error && (
            <span class="form-error-message" id="create-year-error">
              <span class="sr-only">{lang === 'da' ? 'Fejl: ' : 'Error: '}</span>
              {error}
            </span>
          )}
          <input
            class="form-input input-width-xs"
            type="text"
            inputMode="numeric"
            id="create-year"
            name="year"
            value={String(year)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'create-year-error' : undefined}
          />
        </div>
        <button type="submit" class="button button-primary">
          {t('cycle.create.submit')}
        </button>
      </form>
    </section>
  );
}

export function ReminderSettingsForm({
  lang,
  csrfToken,
  days,
  cycleId,
  error,
}: {
  lang: Lang;
  csrfToken: string;
  days: number | string;
  cycleId: number | null;
  error?: string | null;
}) {
  const t = translator(lang);
  return (
    <section>
      <h2>{t('settings.heading')}</h2>
      <form method="post" action="/admin/cycle/settings" class="admin-form">
        <CsrfInput token={csrfToken} />
        {cycleId !== null && <input type="hidden" name="cycleId" value={String(cycleId)} />}
        <div class={error ? 'form-group form-error' : 'form-group'}>
          <label class="form-label" for="reminder-days">
            {t('settings.daysBefore')}
          </label>
          <span class="form-hint" id="reminder-days-hint">
            {t('settings.daysBeforeHint')}
          </span>
          {error && (
            <span class="form-error-message" id="reminder-days-error">
              <span class="sr-only">{lang === 'da' ? 'Fejl: ' : 'Error: '}</span>
              {error}
            </span>
          )}
          <input
            class="form-input input-width-xs"
            type="text"
            inputMode="numeric"
            id="reminder-days"
            name="daysBefore"
            value={String(days)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'reminder-days-hint reminder-days-error' : 'reminder-days-hint'}
          />
        </div>
        <button type="submit" class="button button-secondary">
          {t('settings.save')}
        </button>
      </form>
    </section>
  );
}
