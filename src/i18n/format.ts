// Dates and numbers for the layers above the domain (services, views, e-mails):
// one place to import them from. The implementations live in `domain/`
// because the domain's letters and explanations need them too, and the
// domain may import nothing outside itself.
export { formatClockTime, formatLongDate, formatMoment, formatMonth } from '../domain/format-date.js';
export { decimalsNeeded, formatNumber, formatPercent, formatPercentagePoints, formatSignedNumber } from '../domain/number-format.js';
