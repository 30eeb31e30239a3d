// A status shown with colour, a shape and words, so colour is never the only
// signal. The icon is decorative; the words carry the meaning.
import { translate } from '../../i18n/index.js';
import type { Lang, MessageKey } from '../../i18n/index.js';
import type { StatusCode, StatusColour } from '../../domain/status/types.js';

const ICONS: Record<StatusColour, string> = { green: '▲', yellow: '●', orange: '◆', red: '▼', grey: '?' };

export function StatusBadge({ lang, status, colour }: { lang: Lang; status: StatusCode; colour: StatusColour }) {
  const icon = status === 'target_reached' || status === 'target_achieved' ? '✓' : ICONS[colour];
  return (
    <span class={`status status-${colour}`}>
      <span class="status-icon" aria-hidden="true">
        {icon}
      </span>
      {translate(lang, `status.${status}` as MessageKey)}
    </span>
  );
}
