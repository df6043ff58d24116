// What a member-app route and a service entry are, for the central tables (member/routes.tsx, services.tsx)
// and for each module's own (web/src/modules/<name>/member.tsx). It imports no page and no module.
import { type ComponentType, lazy, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n';

export interface MemberRoute {
  path: string;
  /** false: open to anyone (the card verifier); otherwise a signed-in member (or applicant) only. */
  signedIn: boolean;
  page: ComponentType;
}

export interface MemberService {
  key: string;
  label: MessageKey;
  path: string;
  icon: ReactNode;
  group: 'membership' | 'benefits' | 'care' | 'news';
  /** Only for members: a worker who has not joined is sent to the join form. */
  membersOnly: boolean;
  /** Shown in the home's grid too. */
  home?: boolean;
  /** Only for workers who have not joined yet. */
  joinOnly?: boolean;
}

/** What a module adds to the member app (its `member.tsx`). */
export interface MemberModule {
  memberRoutes?: MemberRoute[];
  memberServices?: MemberService[];
}

/** A page that is one named export of a lazily loaded file (several pages of a module share one file). */
export const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));
