// The jobs module's sentences for the audit log (loaded with the audit page's messages).
const messages = {
  'audit.action.jobs.walkin_register': '在零工驿站登记了到站求职人员',
  'audit.action.jobs.post': '发布了就业岗位（待审核）',
  'audit.action.jobs.approve': '审核通过了就业岗位',
  'audit.action.jobs.reject': '退回了就业岗位',
  'audit.action.jobs.close': '截止了就业岗位的招聘',
  'audit.action.jobs.application_move': '处理了岗位申请（约面试、录用或不录用）',
  'audit.action.jobs.fair_create': '设立了招聘会',
  'audit.action.jobs.fair_cancel': '取消了招聘会（已通知报名会员）',
  'audit.action.jobs.booth_add': '为用人单位安排了招聘会展位',
  'audit.action.jobs.booth_remove': '撤下了招聘会展位',
} as const;
export default messages;

declare module '../../i18n' {
  interface ModuleMessages extends Record<keyof typeof messages, string> {}
}
