// The console's pages, declared once: path, menu entry, who may open it, and the page, loaded when first
// opened (the sign-in screen and the shell load first; each page's code comes with its first visit).
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  ClockCircleOutlined,
  DashboardOutlined,
  DownloadOutlined,
  EditOutlined,
  FileTextOutlined,
  GiftOutlined,
  HeartOutlined,
  InboxOutlined,
  SafetyOutlined,
  ScanOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  StarOutlined,
  SwapOutlined,
  SyncOutlined,
  TeamOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { matchPath } from 'react-router';
import type { SessionInfo } from '../shared/session';
import { type AdminRoute, page } from './kit/routing';

export type { AdminRoute, PendingKind } from './kit/routing';

const coreRoutes: AdminRoute[] = [
  {
    // Only for those who decide something: a till clerk who only redeems vouchers lands on the till instead.
    path: 'desk',
    allow: (s) => adminRoutes.some((r) => r.badge && allowed(r, s)),
    menu: { label: 'admin.menu.desk', icon: <InboxOutlined /> },
    page: page(() => import('./pages/Desk')),
  },
  {
    path: 'unions',
    allow: 'union.read',
    menu: { label: 'admin.menu.unions', icon: <ApartmentOutlined /> },
    page: page(() => import('./pages/Unions')),
  },
  {
    path: 'applications',
    badge: 'membership.applications',
    allow: 'member.read',
    menu: { label: 'admin.menu.applications', icon: <SolutionOutlined /> },
    page: page(() => import('./pages/Applications')),
  },
  {
    path: 'members',
    allow: 'member.read',
    menu: { label: 'admin.menu.members', icon: <TeamOutlined /> },
    page: page(() => import('./pages/Members')),
  },
  {
    path: 'transfers',
    badge: 'transfers.transfers',
    allow: 'member.read',
    menu: { label: 'admin.menu.transfers', icon: <SwapOutlined /> },
    page: page(() => import('./pages/Transfers')),
  },
  {
    path: 'corrections',
    badge: 'corrections.corrections',
    allow: 'member.read',
    menu: { label: 'admin.menu.corrections', icon: <EditOutlined /> },
    page: page(() => import('./pages/Corrections')),
  },
  {
    path: 'exports',
    badge: 'exports.requests',
    allow: 'member.read',
    menu: { label: 'admin.menu.exports', icon: <DownloadOutlined /> },
    page: page(() => import('./pages/ExportRequests')),
  },
  {
    path: 'imports',
    allow: 'member.manage',
    menu: { label: 'admin.menu.imports', icon: <UploadOutlined /> },
    page: page(() => import('./pages/Imports')),
  },
  {
    path: 'offers',
    allow: 'offer.manage',
    menu: { label: 'admin.menu.offers', icon: <GiftOutlined /> },
    page: page(() => import('./pages/Offers')),
  },
  { path: 'offers/:id', allow: 'offer.manage', page: page(() => import('./pages/OfferDetail')) },
  { path: 'offers/:id/check-in', allow: 'offer.manage', page: page(() => import('./pages/CheckIn')) },
  {
    path: 'points',
    allow: 'points.manage',
    menu: { label: 'admin.menu.points', icon: <StarOutlined /> },
    page: page(() => import('./pages/Points')),
  },
  {
    path: 'merchants',
    allow: 'offer.manage',
    menu: { label: 'admin.menu.merchants', icon: <ShopOutlined /> },
    page: page(() => import('./pages/Merchants')),
  },
  {
    path: 'assistance',
    badge: 'assistance.applications',
    allow: 'assistance.handle',
    menu: { label: 'admin.menu.assistance', icon: <HeartOutlined /> },
    page: page(() => import('./pages/Assistance')),
  },
  {
    path: 'assistance-settings',
    allow: 'assistance.handle',
    menu: { label: 'admin.menu.assistanceSettings', icon: <SettingOutlined /> },
    page: page(() => import('./pages/AssistanceSettings')),
  },
  {
    path: 'appeals',
    badge: 'appeals.appeals',
    allow: 'case.handle',
    menu: { label: 'admin.menu.appeals', icon: <AlertOutlined /> },
    page: page(() => import('./pages/Appeals')),
  },
  {
    path: 'appeal-settings',
    allow: 'case.handle',
    menu: { label: 'admin.menu.appealSettings', icon: <ClockCircleOutlined /> },
    page: page(() => import('./pages/AppealSettings')),
  },
  {
    path: 'legal-overview',
    allow: 'case.handle',
    menu: { label: 'admin.menu.legalOverview', icon: <SolutionOutlined /> },
    page: page(() => import('./pages/LegalOverview')),
  },
  {
    path: 'legal',
    allow: 'legal.serve',
    menu: { label: 'admin.menu.legal', icon: <SolutionOutlined /> },
    page: page(() => import('./pages/LegalSlots')),
  },
  {
    path: 'redeem',
    allow: 'voucher.redeem',
    menu: { label: 'admin.menu.redeem', icon: <ScanOutlined /> },
    page: page(() => import('./pages/Redeem')),
  },
  {
    path: 'content',
    badge: 'content.reviews',
    badgeLink: 'content?status=in_review',
    allow: 'content.edit',
    menu: { label: 'admin.menu.content', icon: <FileTextOutlined /> },
    page: page(() => import('./pages/Articles')),
  },
  {
    path: 'accounts',
    allow: 'account.read',
    menu: { label: 'admin.menu.accounts', icon: <UserOutlined /> },
    page: page(() => import('./pages/Accounts')),
  },
  {
    path: 'audit',
    allow: 'audit.read',
    menu: { label: 'admin.menu.audit', icon: <AuditOutlined /> },
    page: page(() => import('./pages/Audit')),
  },
  {
    path: 'jobs',
    badge: 'system.failedJobs',
    allow: (s) => s.wholeTree,
    menu: { label: 'admin.menu.jobs', icon: <SyncOutlined /> },
    page: page(() => import('./pages/Jobs')),
  },
  {
    path: 'security',
    menu: { label: 'admin.menu.security', icon: <SafetyOutlined /> },
    page: page(() => import('./pages/Security')),
  },
  { path: '/cockpit', allow: 'cockpit.read', menu: { label: 'admin.menu.cockpit', icon: <DashboardOutlined /> } },
];

// Each module's own console routes (web/src/modules/<name>/admin.tsx): a module adds pages without editing this
// file. A route goes after the entry its `after` names, else before 安全设置 and the cockpit link.
const moduleRoutes = Object.values(
  import.meta.glob<{ adminRoutes: AdminRoute[] }>('../modules/*/admin.tsx', { eager: true }),
).flatMap((m) => m.adminRoutes);

export const adminRoutes: AdminRoute[] = moduleRoutes.reduce((routes, route) => {
  const anchor = routes.findIndex((r) => r.path === (route.after ?? 'security'));
  const at = anchor < 0 ? routes.length : route.after ? anchor + 1 : anchor;
  return [...routes.slice(0, at), route, ...routes.slice(at)];
}, coreRoutes);

export function allowed(route: AdminRoute, session: SessionInfo): boolean {
  if (!route.allow) return true;
  if (typeof route.allow === 'function') return route.allow(session);
  return session.permissions.includes(route.allow);
}

/**
 * Starts downloading the page an address opens. main.tsx calls it beside the shell's download on a first
 * visit, so the page's code does not wait for the shell to render (bench/first-load.ts).
 */
export function preloadPage(pathname: string): void {
  const route = adminRoutes.find((r) => r.page && matchPath(`/admin/${r.path}`, pathname));
  void route?.page?.preload?.().catch(() => undefined);
}
