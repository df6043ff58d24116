// The member app's pages, declared once: path, who may open it, and the page, loaded when first visited so a
// phone downloads the home screen first and each other page on the way to it.
import { lazy } from 'react';
import { type MemberRoute, named } from './kit/routing';
import { memberModules } from './modules';

export type { MemberRoute } from './kit/routing';

const appeals = () => import('./pages/Appeals');
const assistance = () => import('./pages/Assistance');
const news = () => import('./pages/News');

const coreRoutes: MemberRoute[] = [
  { path: '/verify', signedIn: false, page: lazy(() => import('./pages/Verify')) },
  { path: '/join/:unionId?', signedIn: true, page: lazy(() => import('./pages/Join')) },
  { path: '/messages', signedIn: true, page: lazy(() => import('./pages/Messages')) },
  { path: '/services', signedIn: true, page: lazy(() => import('./pages/Services')) },
  { path: '/me', signedIn: true, page: lazy(() => import('./pages/Me')) },
  { path: '/transfer', signedIn: true, page: lazy(() => import('./pages/Transfer')) },
  { path: '/corrections', signedIn: true, page: lazy(() => import('./pages/Corrections')) },
  { path: '/benefits', signedIn: true, page: lazy(() => import('./pages/Benefits')) },
  { path: '/benefits/:id', signedIn: true, page: lazy(() => import('./pages/OfferDetail')) },
  { path: '/benefits/:id/lottery', signedIn: true, page: lazy(() => import('./pages/Lottery')) },
  { path: '/claims', signedIn: true, page: lazy(() => import('./pages/MyClaims')) },
  { path: '/wallet', signedIn: true, page: lazy(() => import('./pages/Wallet')) },
  { path: '/points', signedIn: true, page: lazy(() => import('./pages/Points')) },
  { path: '/assistance', signedIn: true, page: named(assistance, 'AssistanceList') },
  { path: '/assistance/new', signedIn: true, page: named(assistance, 'AssistanceApply') },
  { path: '/assistance/:id', signedIn: true, page: named(assistance, 'AssistanceDetail') },
  { path: '/appeals', signedIn: true, page: named(appeals, 'AppealList') },
  { path: '/appeals/new', signedIn: true, page: named(appeals, 'AppealNew') },
  { path: '/appeals/:id', signedIn: true, page: named(appeals, 'AppealDetail') },
  { path: '/legal', signedIn: true, page: lazy(() => import('./pages/Legal')) },
  { path: '/news', signedIn: true, page: named(news, 'NewsList') },
  { path: '/news/:id', signedIn: true, page: named(news, 'NewsDetail') },
];

/** The central routes, then each module's own (web/src/modules/<name>/member.tsx). */
export const memberRoutes: MemberRoute[] = [...coreRoutes, ...memberModules.flatMap((m) => m.memberRoutes ?? [])];
