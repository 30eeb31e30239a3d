// The few words the form kit says itself, taken from the catalogues that
// already hold them, so every admin form says them the same way.
import { bankText } from '../../../i18n/admin-projects.js';
import { adminText } from '../../../i18n/admin.js';
import type { AdminLang } from '../../../i18n/admin.js';

export const kitText = {
  optional: (lang: AdminLang) => adminText(lang, 'form.optional'),
  /** Read out before a field's problem, since the red colour is not. */
  errorPrefix: (lang: AdminLang) => bankText(lang, 'common.errorPrefix'),
  summaryHeading: (lang: AdminLang) => adminText(lang, 'error.summary'),
  filter: (lang: AdminLang) => bankText(lang, 'common.filter'),
};
