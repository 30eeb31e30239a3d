// The words the model's records are written in: a policy's state, the kinds
// of area, what an indicator's headline figure is and how often it is
// updated. The database's tables store these values; the admin forms offer
// them. How a status is judged (method, direction) is the status engine's.
export type { Direction, StatusMethod } from './status/types.js';

export type PolicyState = 'draft' | 'active' | 'archived';

export type AreaKind = 'municipality' | 'district' | 'region' | 'country' | 'other';

export type HeadlineKind = 'total' | 'group' | 'gap';

export type UpdateFrequency = 'yearly' | 'quarterly' | 'monthly' | 'irregular';
