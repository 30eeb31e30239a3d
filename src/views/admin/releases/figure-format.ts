// A staged or imported figure's value as people read it in the admin area:
// every decimal it has (nothing rounded away), a decimal comma in Danish.
import { decimalsNeeded, formatNumber } from '../../../domain/number-format.js';
import type { Lang } from '../../../i18n/index.js';

export const showValue = (value: number, lang: Lang) => formatNumber(value, decimalsNeeded(value), lang);
