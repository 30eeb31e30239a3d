// The citizens' consultation (migration 2026-11-22T0600): each input heard,
// what became of it, and the goals and committees it concerns. Its texts
// are written in one language, the municipality's own.
import type { Generated, Selectable } from 'kysely';

export type ConsultationSourceKind = 'public_meeting' | 'micro_panel' | 'blog' | 'written_answer';
export type ConsultationStatus = 'used' | 'inspiration' | 'set_aside';

export interface ConsultationInputsTable {
  id: Generated<number>;
  policy_id: number;
  source_kind: ConsultationSourceKind;
  received_on: string;
  /** The organisation or person; null when the input is anonymous. */
  author: string | null;
  title: string;
  body: string;
  status: ConsultationStatus;
  created_at: string;
  created_by: string;
  updated_at: string;
  version: Generated<number>;
}

export interface ConsultationInputGoalsTable {
  input_id: number;
  goal_id: number;
}

export interface ConsultationInputCommitteesTable {
  input_id: number;
  committee_id: number;
}

export interface ConsultationTables {
  consultation_inputs: ConsultationInputsTable;
  consultation_input_goals: ConsultationInputGoalsTable;
  consultation_input_committees: ConsultationInputCommitteesTable;
}

export type ConsultationInputRow = Selectable<ConsultationInputsTable>;
