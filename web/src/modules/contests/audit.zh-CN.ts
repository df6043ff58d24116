// The contests module's sentences for the audit log (loaded with the audit page's messages).
const messages = {
  'audit.action.quiz.question_add': '向题库添加了题目',
  'audit.action.quiz.question_retire': '停用了题库中的题目',
  'audit.action.quiz.import': '从表格向题库导入了题目',
  'audit.action.contest.create': '创建了知识竞赛',
  'audit.action.contest.publish': '发布了知识竞赛',
  'audit.action.contest.results_export': '导出了知识竞赛成绩',
} as const;
export default messages;

declare module '../../i18n' {
  interface ModuleMessages extends Record<keyof typeof messages, string> {}
}
