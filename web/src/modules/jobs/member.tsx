// The jobs module in the member app: 就业岗位 (search, suggestions with reasons, job fairs, applying, my applications) and the
// job-suggestion consent; its entry in 服务 (关爱).
import { SearchOutline } from 'antd-mobile-icons';
import { type MemberModule, named } from '../../member/kit/routing';

const pages = () => import('./MemberJobs');
const board = () => import('./GigBoard');
const fairs = () => import('./MemberFairs');

export const memberRoutes: MemberModule['memberRoutes'] = [
  { path: '/jobs', signedIn: true, page: named(pages, 'JobsHome') },
  { path: '/jobs/seeker', signedIn: true, page: named(pages, 'SeekerSettings') },
  { path: '/jobs/fairs/:id', signedIn: true, page: named(fairs, 'FairPage') },
  { path: '/jobs/:id', signedIn: true, page: named(pages, 'JobPage') },
  // A station's screen shows it: nobody is signed in there.
  { path: '/gig-board/:id', signedIn: false, page: named(board, 'GigBoard') },
];

export const memberServices: MemberModule['memberServices'] = [
  { key: 'jobs', label: 'jobs.title', path: '/jobs', icon: <SearchOutline />, group: 'care', membersOnly: false },
];
