// Every service of the member app, declared once: the home's grid (金刚区) shows the ones marked `home`, the 服务
// tab lists them all by group. A service for members only sends a worker who has not joined to the join form.
import {
  BillOutline,
  CouponOutline,
  EditSOutline,
  ExclamationShieldOutline,
  FileOutline,
  GiftOutline,
  HeartOutline,
  StarOutline,
  TeamOutline,
  TransportQRcodeOutline,
  UnorderedListOutline,
  UserAddOutline,
} from 'antd-mobile-icons';
import type { MemberService } from './kit/routing';
import { memberModules } from './modules';

export type { MemberService } from './kit/routing';

export const serviceGroups = ['membership', 'benefits', 'care', 'news'] as const;

const coreServices: MemberService[] = [
  {
    key: 'join',
    label: 'join.cta',
    path: '/join',
    icon: <UserAddOutline />,
    group: 'membership',
    membersOnly: false,
    joinOnly: true,
    home: true,
  },
  {
    key: 'benefits',
    label: 'benefits.title',
    path: '/benefits',
    icon: <GiftOutline />,
    group: 'benefits',
    membersOnly: true,
    home: true,
  },
  {
    key: 'claims',
    label: 'claims.title',
    path: '/claims',
    icon: <UnorderedListOutline />,
    group: 'benefits',
    membersOnly: true,
    home: true,
  },
  {
    key: 'wallet',
    label: 'wallet.title',
    path: '/wallet',
    icon: <CouponOutline />,
    group: 'benefits',
    membersOnly: true,
    home: true,
  },
  {
    key: 'points',
    label: 'points.title',
    path: '/points',
    icon: <StarOutline />,
    group: 'benefits',
    membersOnly: true,
    home: true,
  },
  {
    key: 'assistance',
    label: 'assistance.title',
    path: '/assistance',
    icon: <HeartOutline />,
    group: 'care',
    membersOnly: true,
    home: true,
  },
  {
    key: 'appeals',
    label: 'appeal.title',
    path: '/appeals',
    icon: <ExclamationShieldOutline />,
    group: 'care',
    membersOnly: false,
    home: true,
  },
  {
    key: 'legal',
    label: 'legal.title',
    path: '/legal',
    icon: <BillOutline />,
    group: 'care',
    membersOnly: true,
    home: true,
  },
  {
    key: 'transfer',
    label: 'transfer.title',
    path: '/transfer',
    icon: <TransportQRcodeOutline />,
    group: 'membership',
    membersOnly: true,
  },
  {
    key: 'corrections',
    label: 'correction.title',
    path: '/corrections',
    icon: <EditSOutline />,
    group: 'membership',
    membersOnly: true,
  },
  { key: 'news', label: 'news.title', path: '/news', icon: <FileOutline />, group: 'news', membersOnly: true },
  { key: 'card', label: 'member.home.card', path: '/', icon: <TeamOutline />, group: 'membership', membersOnly: true },
];

/** The central services, then each module's own (web/src/modules/<name>/member.tsx). */
export const memberServices: MemberService[] = [
  ...coreServices,
  ...memberModules.flatMap((m) => m.memberServices ?? []),
];

/** What a worker sees: members do not see "join", workers who have not joined see members' services locked. */
export function servicesFor(isMember: boolean): Array<MemberService & { locked: boolean }> {
  return memberServices
    .filter((s) => !(s.joinOnly && isMember))
    .map((s) => ({ ...s, locked: s.membersOnly && !isMember }));
}
