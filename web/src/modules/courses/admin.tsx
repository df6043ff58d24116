// The courses module's console routes: 学堂 courses and offline sessions (班前十分钟), after the contests.
import { ReadOutlined, TeamOutlined } from '@ant-design/icons';
import { type AdminRoute, page } from '../../admin/kit/routing';

export const adminRoutes: AdminRoute[] = [
  {
    path: 'courses',
    after: 'quiz-bank',
    allow: 'content.edit',
    menu: { label: 'courses.menu', icon: <ReadOutlined /> },
    page: page(() => import('./CoursesPage')),
  },
  {
    path: 'training',
    after: 'courses',
    allow: 'content.edit',
    menu: { label: 'training.menu', icon: <TeamOutlined /> },
    page: page(() => import('./TrainingPage')),
  },
];
