// A small model for import tests, built through the real repositories and
// release services: one policy with two goals, four indicators of different
// frequencies and owners, three groups, two areas, and one published
// release, so imports have figures to be new, changed or unchanged against.
import type { Kysely } from 'kysely';
import { insertIndicator, linkIndicatorGroup } from '../../../src/db/repositories/indicators.js';
import { insertAdministration, insertArea, insertGroup } from '../../../src/db/repositories/organisation.js';
import { insertFocusArea, insertGoal, insertPolicy } from '../../../src/db/repositories/policies.js';
import type { Database, NewIndicator } from '../../../src/db/tables.js';
import { createRelease } from '../../../src/services/releases/create.js';
import { publishRelease } from '../../../src/services/releases/publish.js';
import { stageFigures } from '../../../src/services/releases/stage.js';
import { commandLineActor } from '../../../src/domain/permissions.js';

export const seedContext = { actor: commandLineActor('seed'), now: new Date('2026-01-10T09:00:00Z') };

export interface SeededModel {
  policyId: number;
  releaseId: number;
  indicators: Record<'employment' | 'unemployment' | 'school' | 'leaders', number>;
  groups: Record<'total' | 'minority' | 'danish', number>;
  areas: Record<'kbh' | 'amager', number>;
}

export async function seedModel(db: Kysely<Database>): Promise<SeededModel> {
  const bif = await insertAdministration(db, { code: 'BIF', name_da: 'Beskæftigelses- og Integrationsforvaltningen', name_en: null });
  const buf = await insertAdministration(db, { code: 'BUF', name_da: 'Børne- og Ungdomsforvaltningen', name_en: null });
  const total = await insertGroup(db, { code: 'total', name_da: 'I alt', name_en: 'Total' });
  const minority = await insertGroup(db, { code: 'etnisk-minoritet', name_da: 'Etnisk minoritetsbaggrund', name_en: null });
  const danish = await insertGroup(db, { code: 'dansk-oprindelse', name_da: 'Dansk oprindelse', name_en: null });
  const kbh = await insertArea(db, { code: 'kbh', name_da: 'Københavns Kommune', name_en: null, kind: 'municipality', parent_id: null });
  const amager = await insertArea(db, { code: 'amager', name_da: 'Amager', name_en: null, kind: 'district', parent_id: kbh.id });
  const policy = await insertPolicy(db, {
    code: 'inklusion',
    title_da: 'Inklusionspolitik',
    title_en: null,
    subtitle_da: null,
    subtitle_en: null,
    description_da: null,
    description_en: null,
    first_year: 2011,
    last_year: 2014,
    adopted_on: null,
    state: 'active',
    default_method: 'direction',
  });
  const area = await insertFocusArea(db, {
    policy_id: policy.id,
    number: 1,
    code: 'arbejde',
    title_da: 'Arbejde',
    title_en: null,
    description_da: null,
    description_en: null,
  });
  const work = await insertGoal(db, {
    policy_id: policy.id,
    focus_area_id: area.id,
    number: 1,
    code: 'beskaeftigelse',
    title_da: 'Flere i job',
    title_en: null,
    description_da: null,
    description_en: null,
  });
  const school = await insertGoal(db, {
    policy_id: policy.id,
    focus_area_id: area.id,
    number: 2,
    code: 'skole',
    title_da: 'Bedre skole',
    title_en: null,
    description_da: null,
    description_en: null,
  });

  const indicator = async (row: Partial<NewIndicator> & Pick<NewIndicator, 'code' | 'goal_id'>, groups: number[]) => {
    const created = await insertIndicator(db, {
      policy_id: policy.id,
      sort_order: 0,
      title_da: row.code,
      unit: '%',
      precision: 1,
      direction: 'increase',
      tolerance: 0,
      headline_kind: 'total',
      update_frequency: 'yearly',
      default_area_id: kbh.id,
      is_main: 0,
      ...row,
    });
    for (const group of groups) await linkIndicatorGroup(db, created.id, group);
    return created.id;
  };
  const employment = await indicator(
    {
      code: 'beskaeftigelse',
      goal_id: work.id,
      data_owner_id: bif.id,
      min_value: 0,
      max_value: 100,
      headline_kind: 'gap',
      headline_group_id: minority.id,
      reference_group_id: danish.id,
    },
    [minority.id, danish.id],
  );
  const unemployment = await indicator(
    { code: 'ledighed-kvartal', goal_id: work.id, data_owner_id: bif.id, update_frequency: 'quarterly', direction: 'decrease' },
    [total.id],
  );
  const schoolResults = await indicator({ code: 'karakterer', goal_id: school.id, data_owner_id: buf.id, min_value: -3, max_value: 12, unit: 'karakter' }, [
    total.id,
  ]);
  const leaders = await indicator({ code: 'ledere', goal_id: work.id, data_owner_id: buf.id }, [total.id]);

  const release = await createRelease(db, { policyId: policy.id, titleDa: 'Tal for 2012' }, seedContext);
  const figure = (indicatorId: number, period: string, groupId: number, value: number) => ({ indicatorId, period, groupId, areaId: kbh.id, value });
  await stageFigures(
    db,
    release.id,
    [
      figure(employment, '2011', minority.id, 52),
      figure(employment, '2011', danish.id, 75),
      figure(employment, '2012', minority.id, 53.5),
      figure(employment, '2012', danish.id, 75.2),
      figure(unemployment, '2012 Q4', total.id, 6.1),
      figure(schoolResults, '2012/13', total.id, 6.8),
      figure(leaders, '2012', total.id, 9),
    ],
    seedContext,
  );
  await publishRelease(db, release.id, { publishedOn: '2013-01-15' }, seedContext);
  return {
    policyId: policy.id,
    releaseId: release.id,
    indicators: { employment, unemployment, school: schoolResults, leaders },
    groups: { total: total.id, minority: minority.id, danish: danish.id },
    areas: { kbh: kbh.id, amager: amager.id },
  };
}
