// The projects the secretariat must act on, from the monitoring board's
// rules: red two quarters in a row (the committee is owed a letter), past
// the end without a decision, and ratings fallen more than a quarter behind.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { getMonitoringBoard } from '../projects/monitoring-board.js';
import type { BoardEntry } from '../projects/monitoring-board.js';
import type { FlaggedProject, FlaggedProjects } from './desk-types.js';

export async function readFlaggedProjects(db: Kysely<Database>, today: string): Promise<FlaggedProjects> {
  const board = await getMonitoringBoard(db, today);
  const codes = new Map(board.committees.map((c) => [c.id, c.code]));
  const toFlagged = (entry: BoardEntry): FlaggedProject => ({
    id: entry.projectId,
    title: entry.title,
    committeeCode: codes.get(entry.committeeId) ?? '',
    latestRating: entry.latestReport ? { quarter: entry.latestReport.quarter, rating: entry.latestReport.rating } : null,
  });
  const where = (keep: (entry: BoardEntry) => boolean) => board.entries.filter(keep).map(toFlagged);
  return {
    redTwice: where((e) => e.assessment.escalation.isOpen && e.assessment.escalation.level === 'committee_letter'),
    awaitingDecision: where((e) => e.assessment.isAwaitingDecision),
    ratingOverdue: where((e) => e.assessment.isRatingOverdue),
  };
}
