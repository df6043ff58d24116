// What a console route is, for the central table (admin/routes.tsx) and for each module's own routes
// (web/src/modules/<name>/admin.tsx). It imports no page and no module, so either can use it without a cycle.
import { type ComponentType, lazy, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n';
import type { SessionInfo } from '../../shared/session';

type Permission = SessionInfo['permissions'][number];

/** A kind of decision `GET /api/pending` counts, named `<module>.<kind>` (each server module's `pending`). */
export type PendingKind = `${string}.${string}`;

/** A page loaded on first visit; `preload` starts that download before the page renders. */
export type Page = ComponentType & { preload?: () => Promise<unknown> };

export interface AdminRoute {
  /** Under /admin; an absolute path (the cockpit) is a menu link to another face. */
  path: string;
  /** Who may open it: a permission held anywhere, or a rule on the session. */
  allow?: Permission | ((session: SessionInfo) => boolean);
  menu?: { label: MessageKey; icon: ReactNode };
  page?: Page;
  /** The count beside the menu entry and on 待办: what waits for the caller's decision (`GET /api/pending`). */
  badge?: PendingKind;
  /** Where 待办's "去处理" leads, when the list should open filtered to what waits (default: `path`). */
  badgeLink?: string;
  /** A module's route: the path of the entry it follows in the menu (default: the end, before 安全设置). */
  after?: string;
}

export const page = (load: () => Promise<{ default: ComponentType }>): Page =>
  Object.assign(lazy(load), { preload: load });
