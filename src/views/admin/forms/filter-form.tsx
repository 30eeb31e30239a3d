// A GET form of filters above a list: its fields, then one button that shows
// the list again filtered (the address keeps the filters, so it can be shared).
import type { ComponentChildren } from 'preact';
import { kitText } from './kit-texts.js';
import type { Lang } from '../../../i18n/index.js';

export function FilterForm({ action, lang, children }: { action: string; lang: Lang; children: ComponentChildren }) {
  return (
    <form method="get" action={action} class="admin-filter">
      {children}
      <div class="form-group">
        <button type="submit" class="button button-secondary">
          {kitText.filter(lang)}
        </button>
      </div>
    </form>
  );
}
