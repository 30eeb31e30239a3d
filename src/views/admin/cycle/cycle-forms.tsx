// Small forms of the cycle pages: create a year's cycle from the defaults,
// and the number of days before a deadline that reminders go out.
import { cycleText } from '../../../i18n/admin-cycle.js';
import type { AdminLang } from '../../../i18n/admin.js';

export interface CreateCycleFormProps {
  readonly lang: AdminLang;
  readonly csrfToken: string;
  readonly policies: readonly { readonly id: number; readonly title: string }[];
  readonly year: number;
}

export function CreateCycleForm({ lang, csrfToken, policies, year }: CreateCycleFormProps) {
  const t = (key: Parameters<typeof cycleText>[1]) => cycleText(lang, key);
  return (
    <section>
      <h2>{t('cycle.create.heading')}</h2>
      <p>{t('cycle.create.intro')}</p>
      <form method="post" action="/admin/cycle" class="admin-form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <div class="form-group">
          <label class="form-label" for="create-policy">
            {t('cycle.create.policy')}
          </label>
          <select class="form-select" id="create-policy" name="policyId">
            {policies.map((p) => (
              <option value={String(p.id)}>{p.title}</option>
            ))}
          </select>
        </div>
        <div class="form-group">
          <label class="form-label" for="create-year">
            {t('cycle.create.year')}
          </label>
          <input class="form-input input-width-xs" type="text" inputMode="numeric" id="create-year" name="year" value={String(year)} />
        </div>
        <button type="submit" class="button button-primary">
          {t('cycle.create.submit')}
        </button>
      </form>
    </section>
  );
}

export function ReminderSettingsForm({ lang, csrfToken, days, cycleId }: { lang: AdminLang; csrfToken: string; days: number; cycleId: number }) {
  const t = (key: Parameters<typeof cycleText>[1]) => cycleText(lang, key);
  return (
    <section>
      <h2>{t('settings.heading')}</h2>
      <form method="post" action="/admin/cycle/settings" class="admin-form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="cycleId" value={String(cycleId)} />
        <div class="form-group">
          <label class="form-label" for="reminder-days">
            {t('settings.daysBefore')}
          </label>
          <span class="form-hint" id="reminder-days-hint">
            {t('settings.daysBeforeHint')}
          </span>
          <input class="form-input input-width-xs" type="text" inputMode="numeric" id="reminder-days" name="daysBefore" value={String(days)} aria-describedby="reminder-days-hint" />
        </div>
        <button type="submit" class="button button-secondary">
          {t('settings.save')}
        </button>
      </form>
    </section>
  );
}
