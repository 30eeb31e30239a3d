// A staged or imported figure's value as people read it in the admin area:
// every decimal it has (nothing rounded away), a decimal comma in Danish.
import { decimalsNeeded, formatNumber } from '../../../domain/number-format.js';
import type { AdminLang } from '../../../i18n/admin.js';

export const showValue = (value: number, lang: AdminLang) => formatNumber(value, decimalsNeeded(value), lang);
