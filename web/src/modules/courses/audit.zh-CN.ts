// The courses module's sentences for the audit log (loaded with the audit page's messages).
const messages = {
  'audit.action.course.create': '创建了学堂课程',
  'audit.action.course.update': '修改了学堂课程',
  'audit.action.course.publish': '发布了学堂课程',
  'audit.action.course.withdraw': '撤回了学堂课程',
  'audit.action.course.lesson_add': '为课程添加了课时',
  'audit.action.course.lesson_move': '调整了课时顺序',
  'audit.action.course.lesson_remove': '删除了课程的课时',
  'audit.action.training.record': '登记了班前十分钟等线下学习活动',
  'audit.action.training.photo': '为线下学习活动上传了现场照片',
  'audit.action.training.remove': '删除了线下学习活动记录',
} as const;
export default messages;

declare module '../../i18n' {
  interface ModuleMessages extends Record<keyof typeof messages, string> {}
}
