import type zh from './audit.zh-CN';

const messages: Record<keyof typeof zh, string> = {
  'audit.action.course.create': 'created a course',
  'audit.action.course.update': 'changed a course',
  'audit.action.course.publish': 'published a course',
  'audit.action.course.withdraw': 'withdrew a course',
  'audit.action.course.lesson_add': 'added a lesson to a course',
  'audit.action.course.lesson_move': 'reordered a course’s lessons',
  'audit.action.course.lesson_remove': 'removed a lesson from a course',
  'audit.action.training.record': 'recorded an offline learning session',
  'audit.action.training.photo': 'added a photo to an offline learning session',
  'audit.action.training.remove': 'removed an offline learning session',
};
export default messages;
