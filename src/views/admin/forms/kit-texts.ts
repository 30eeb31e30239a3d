import { t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
// The few words the form kit says itself, taken from the catalogues that
// already hold them, so every admin form says them the same way.

export const kitText = {
  optional: (lang: Lang) => t(lang, 'form.optional'),
  /** Read out before a field's problem, since the red colour is not. */
  errorPrefix: (lang: Lang) => t(lang, 'common.errorPrefix'),
  summaryHeading: (lang: Lang) => t(lang, 'error.summary'),
  filter: (lang: Lang) => t(lang, 'common.filter'),
};
