// The jobs module's console route: 就业岗位 (posting, review, applicants), after the volunteers' pages.
import { SolutionOutlined } from '@ant-design/icons';
import { type AdminRoute, page } from '../../admin/kit/routing';

export const adminRoutes: AdminRoute[] = [
  {
    // Not `jobs`: that is the console's failed background jobs page.
    path: 'job-postings',
    // After the stations, like the volunteers' pages, which are registered after this one and so come before it.
    after: 'stations',
    allow: 'job.manage',
    badge: 'jobs.reviews',
    badgeLink: 'job-postings?status=in_review',
    menu: { label: 'jobsAdmin.menu', icon: <SolutionOutlined /> },
    page: page(() => import('./JobsPage')),
  },
];
