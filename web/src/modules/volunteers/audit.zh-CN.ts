// The volunteers module's sentences for the audit log (loaded with the audit page's messages).
const messages = {
  'audit.action.volunteers.team_create': '建立了志愿服务队',
  'audit.action.volunteers.team_update': '修改了志愿服务队',
  'audit.action.volunteers.join_approve': '批准了志愿者入队申请',
  'audit.action.volunteers.join_refuse': '拒绝了志愿者入队申请',
  'audit.action.volunteers.log_write': '记录了服务队工作日志',
  'audit.action.volunteers.item_create': '上架了点单服务项目',
  'audit.action.volunteers.item_update': '修改了点单服务项目',
  'audit.action.volunteers.order_assign': '把服务单派给了服务队',
  'audit.action.volunteers.order_cancel': '取消了服务单',
  'audit.action.volunteers.activity_create': '发布了志愿活动',
  'audit.action.volunteers.hours_confirm': '确认了志愿服务时长',
  'audit.action.volunteers.hours_reject': '不予确认志愿服务时长',
  'audit.action.volunteers.rule_publish': '发布了志愿积分规则新版本',
} as const;
export default messages;

declare module '../../i18n' {
  interface ModuleMessages extends Record<keyof typeof messages, string> {}
}
