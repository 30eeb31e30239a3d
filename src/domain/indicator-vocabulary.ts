// The closed choices an indicator's definition makes besides its status
// method and good direction (those belong to the status engine, in
// status/types.ts). The database stores them as they are named here.

/** The headline series: the total, one group, or the gap between a group and a reference group. */
export type HeadlineKind = 'total' | 'group' | 'gap';

/** How often new figures come: decides which periods an import accepts and when the next update is due. */
export type UpdateFrequency = 'yearly' | 'quarterly' | 'monthly' | 'irregular';
