// The courses module (学堂) in the member app: its pages and its entry in 服务 (under 资讯与学习).
import { VideoOutline } from 'antd-mobile-icons';
import { type MemberModule, named } from '../../member/kit/routing';

const courses = () => import('./MemberCourses');
const lesson = () => import('./LessonPage');
const certificate = () => import('./Certificate');

export const memberRoutes: MemberModule['memberRoutes'] = [
  { path: '/courses', signedIn: true, page: named(courses, 'CourseList') },
  { path: '/courses/:id', signedIn: true, page: named(courses, 'CourseDetail') },
  { path: '/lessons/:id', signedIn: true, page: named(lesson, 'LessonPage') },
  { path: '/certificates/:code', signedIn: true, page: named(certificate, 'CertificatePage') },
  // Whoever holds a printed certificate checks its code here, signed in or not.
  { path: '/course-certificates/:code', signedIn: false, page: named(certificate, 'CertificateCheck') },
];

export const memberServices: MemberModule['memberServices'] = [
  {
    key: 'courses',
    label: 'courses.title',
    path: '/courses',
    icon: <VideoOutline />,
    group: 'news',
    membersOnly: true,
  },
];
