// The status engine's public face: import from here, not from the files.

export type * from './types.js';
export type * from './judgement.js';
export { computeIndicatorStatus } from './compute-indicator-status.js';
export { gapSeries } from './gap-series.js';
export { rollUpStatuses, type RollUp, type RollUpBasis, type RollUpItem } from './rollup.js';
export { computeReleaseCompleteness, type MissingFigureNote, type MissingIndicator, type ReleaseCompleteness } from './completeness.js';
export { colourOfStatus } from './colours.js';
export { statusLabel, colourLabel } from './status-labels.js';
export { openSdgStatusFromScore } from './opensdg-aggregate.js';
export { explainIndicatorJudgement, explainSeriesJudgement } from './explain/explain.js';
