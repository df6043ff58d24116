// Two-person exports: the requester downloads, within a day of approval; another officer of the union decides.
import { type Actor, can, definePolicy } from '../../platform/access.js';
import type { MemberFilters } from '../members/members.service.js';

export const DOWNLOAD_HOURS = 24;

export interface ExportRow {
  id: number;
  kind: 'members';
  filters: MemberFilters;
  row_count: number;
  union_id: number;
  union_name: string;
  union_path: string;
  reason: string;
  requested_by: number;
  requester: string;
  status: 'pending' | 'approved' | 'refused' | 'downloaded';
  decided_by: number | null;
  decider: string | null;
  decided_at: Date | null;
  refusal_reason: string | null;
  downloaded_at: Date | null;
  created_at: Date;
}

export const fresh = (r: ExportRow, at: Date) =>
  r.decided_at !== null && at.getTime() - r.decided_at.getTime() < DOWNLOAD_HOURS * 3_600_000;

/** `at` is the service clock's time, so a test can let a day pass. */
export const exportPolicy = (at: Date) =>
  definePolicy<ExportRow>()({
    read: (actor, r) => mine(actor, r) || can(actor, 'member.read', r.union_path),
    approve: (actor, r) => r.status === 'pending' && !mine(actor, r) && can(actor, 'member.read', r.union_path),
    refuse: (actor, r) => r.status === 'pending' && !mine(actor, r) && can(actor, 'member.read', r.union_path),
    download: (actor, r) => r.status === 'approved' && mine(actor, r) && fresh(r, at),
  });

export const mine = (actor: Actor, r: ExportRow) => actor.kind === 'admin' && actor.accountId === r.requested_by;
