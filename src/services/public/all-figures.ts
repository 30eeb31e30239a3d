// Every published figure of the policy in force, for the open-data page's
// bulk download: each indicator's detail (its groups, its headline series,
// its definition), in the policy's order, read as the indicator pages read it.
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { findCurrentPolicy } from '../../db/repositories/policies.js';
import type { Db } from '../database.js';
import type { Text } from '../../domain/text.js';
import { getIndicatorDetail } from './indicator-detail.js';
import type { IndicatorDetail } from './indicator-detail.js';

export interface PolicyFigures {
  readonly policy: { readonly code: string; readonly title: Text };
  readonly indicators: readonly IndicatorDetail[];
}

/** Null before there is a policy in force. */
export async function getCurrentPolicyFigures(db: Db): Promise<PolicyFigures | null> {
  const policy = await findCurrentPolicy(db);
  if (!policy) return null;
  const indicators = await listIndicatorsForPolicy(db, policy.id);
  const details = await Promise.all(indicators.map((indicator) => getIndicatorDetail(db, policy.code, indicator.code)));
  return { policy: { code: policy.code, title: { da: policy.title_da, en: policy.title_en } }, indicators: details };
}
