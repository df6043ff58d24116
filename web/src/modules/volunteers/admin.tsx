// The volunteers module's console routes: teams and volunteers, and the service orders (queue, menus, points rules),
// after the stations.
import { HeartOutlined, TeamOutlined } from '@ant-design/icons';
import { type AdminRoute, page } from '../../admin/kit/routing';

export const adminRoutes: AdminRoute[] = [
  {
    path: 'volunteers',
    after: 'stations',
    allow: 'volunteer.manage',
    menu: { label: 'volunteers.menu', icon: <TeamOutlined /> },
    page: page(() => import('./VolunteersPage')),
  },
  {
    path: 'service-orders',
    after: 'volunteers',
    allow: 'volunteer.manage',
    badge: 'volunteers.orders',
    badgeLink: 'service-orders?escalated=true',
    menu: { label: 'volunteers.ordersMenu', icon: <HeartOutlined /> },
    page: page(() => import('./ServiceOrdersPage')),
  },
];
