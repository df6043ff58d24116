import type zh from './audit.zh-CN';

const messages: Record<keyof typeof zh, string> = {
  'audit.action.volunteers.team_create': 'set up a volunteer team',
  'audit.action.volunteers.team_update': 'changed a volunteer team',
  'audit.action.volunteers.join_approve': 'approved a request to join a team',
  'audit.action.volunteers.join_refuse': 'turned down a request to join a team',
  'audit.action.volunteers.log_write': 'wrote in a team’s work log',
  'audit.action.volunteers.item_create': 'added a service to a menu',
  'audit.action.volunteers.item_update': 'changed a service on a menu',
  'audit.action.volunteers.order_assign': 'gave a service order to a team',
  'audit.action.volunteers.order_cancel': 'cancelled a service order',
  'audit.action.volunteers.activity_create': 'published a volunteer activity',
  'audit.action.volunteers.hours_confirm': 'confirmed volunteer hours',
  'audit.action.volunteers.hours_reject': 'rejected volunteer hours',
  'audit.action.volunteers.rule_publish': 'published a new version of the volunteer points rules',
};
export default messages;
