import { type Actor, can, definePolicy } from '../../platform/access.js';
import type { AppealStatus } from './appeals.schemas.js';

export interface AppealSubject {
  union_path: string;
  /** Where the case was first routed; that union keeps read-only sight of it after escalation. */
  routed_path: string;
  phone_hash: string;
  status: AppealStatus;
  rating: number | null;
}

export const openStatuses: readonly AppealStatus[] = ['submitted', 'accepted', 'in_progress', 'awaiting_worker'];
export const closedStatuses: readonly AppealStatus[] = ['resolved', 'referred', 'refused'];

/** The states each step may start from: the one table the service and the policy both read. */
export const allowedFrom: Record<string, readonly AppealStatus[]> = {
  accept: ['submitted'],
  refer: ['submitted', 'accepted', 'in_progress'],
  refuse: ['submitted', 'accepted'],
  start: ['accepted'],
  requestInfo: ['accepted', 'in_progress'],
  note: openStatuses,
  resolve: ['accepted', 'in_progress'],
  reopen: closedStatuses,
  reply: ['awaiting_worker'],
  rate: closedStatuses,
};
/** Steps taken by the worker who filed the case; every other step is a handler's. */
export const workerSteps = new Set(['reply', 'rate']);

export const handles = (actor: Actor, s: AppealSubject) => can(actor, 'case.handle', s.union_path);
/** The union the case was first routed to, after it moved up: it follows the case but acts no more. */
export const watches = (actor: Actor, s: AppealSubject) =>
  !handles(actor, s) && can(actor, 'case.handle', s.routed_path);
/** The worker who filed it: the same signed-in phone, member or not. */
export const filer = (actor: Actor, s: AppealSubject) => actor.kind === 'member' && actor.phoneHash === s.phone_hash;

const step = (name: string) => (actor: Actor, s: AppealSubject) =>
  (allowedFrom[name] ?? []).includes(s.status) &&
  (workerSteps.has(name) ? filer(actor, s) : handles(actor, s)) &&
  (name !== 'rate' || s.rating === null);

export const appealPolicy = definePolicy<AppealSubject>()({
  read: (actor, s) => handles(actor, s) || watches(actor, s) || filer(actor, s),
  ...Object.fromEntries(Object.keys(allowedFrom).map((name) => [name, step(name)])),
});
