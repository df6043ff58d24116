// The 公文 module's console route: a module adds its pages here, not in the console's central table.
import { MailOutlined } from '@ant-design/icons';
import { type AdminRoute, page } from '../../admin/kit/routing';

export const adminRoutes: AdminRoute[] = [
  {
    path: 'documents',
    after: 'redeem',
    badge: 'documents.inbox',
    allow: 'union.read',
    menu: { label: 'admin.menu.documents', icon: <MailOutlined /> },
    page: page(() => import('./DocumentsPage')),
  },
];
