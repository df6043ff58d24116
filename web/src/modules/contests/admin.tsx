// The contests module's console routes: the question bank and the contests, after 内容管理.
import { QuestionCircleOutlined, TrophyOutlined } from '@ant-design/icons';
import { type AdminRoute, page } from '../../admin/kit/routing';

export const adminRoutes: AdminRoute[] = [
  {
    path: 'contests',
    after: 'content',
    allow: 'content.edit',
    menu: { label: 'contests.menu', icon: <TrophyOutlined /> },
    page: page(() => import('./ContestsPage')),
  },
  {
    path: 'quiz-bank',
    after: 'contests',
    allow: 'content.edit',
    menu: { label: 'quiz.menu', icon: <QuestionCircleOutlined /> },
    page: page(() => import('./QuestionBankPage')),
  },
];
