// The contests module in the member app: its pages and its entry in 服务 (under 资讯与学习).
import { QuestionCircleOutline } from 'antd-mobile-icons';
import { type MemberModule, named } from '../../member/kit/routing';

const pages = () => import('./MemberContests');

export const memberRoutes: MemberModule['memberRoutes'] = [
  { path: '/contests', signedIn: true, page: named(pages, 'ContestList') },
  { path: '/contests/:id', signedIn: true, page: named(pages, 'ContestDetail') },
  { path: '/contest-attempts/:id', signedIn: true, page: named(pages, 'ContestPlay') },
];

export const memberServices: MemberModule['memberServices'] = [
  {
    key: 'contests',
    label: 'contests.title',
    path: '/contests',
    icon: <QuestionCircleOutline />,
    group: 'news',
    membersOnly: true,
  },
];
