// A status shown with colour, a shape and words, so colour is never the only
// signal. The icon is decorative; the words carry the meaning.
import type { StatusCode, StatusColour } from '../../domain/status/types.js';
import { t } from '../../i18n/index.js';
import type { MessageKey, Lang } from '../../i18n/index.js';

const ICONS: Record<StatusColour, string> = { green: '▲', yellow: '●', orange: '◆', red: '▼', grey: '?' };

export function statusIcon(status: StatusCode | undefined, colour: StatusColour): string {
  return status === 'target_reached' || status === 'target_achieved' ? '✓' : ICONS[colour];
}

export function statusWords(lang: Lang, status: StatusCode): string {
  return t(lang, `status.${status}` as MessageKey);
}

export function StatusBadge({ lang, status, colour, label }: { lang: Lang; status: StatusCode | undefined; colour: StatusColour; label?: string }) {
  return (
    <span class={`status status-${colour}`}>
      <span class="status-icon" aria-hidden="true">
        {statusIcon(status, colour)}
      </span>
      {label ?? (status ? statusWords(lang, status) : t(lang, 'status.no_data'))}
    </span>
  );
}
