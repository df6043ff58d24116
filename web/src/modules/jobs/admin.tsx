// The jobs module's console route: 就业岗位 (posting, review, applicants), after the service orders.
import { SolutionOutlined } from '@ant-design/icons';
import { type AdminRoute, page } from '../../admin/kit/routing';

export const adminRoutes: AdminRoute[] = [
  {
    path: 'jobs',
    after: 'service-orders',
    allow: 'job.manage',
    badge: 'jobs.reviews',
    badgeLink: 'jobs?status=in_review',
    menu: { label: 'jobsAdmin.menu', icon: <SolutionOutlined /> },
    page: page(() => import('./JobsPage')),
  },
];
