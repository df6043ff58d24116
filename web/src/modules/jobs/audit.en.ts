import type zh from './audit.zh-CN';

const messages: Record<keyof typeof zh, string> = {
  'audit.action.jobs.walkin_register': 'registered a walk-in worker at a gig station',
  'audit.action.jobs.post': 'posted a job (for review)',
  'audit.action.jobs.approve': 'approved a job',
  'audit.action.jobs.reject': 'rejected a job',
  'audit.action.jobs.close': 'closed a job',
  'audit.action.jobs.application_move': 'moved a job application (interview, hired or turned down)',
  'audit.action.jobs.fair_create': 'set up a job fair',
  'audit.action.jobs.fair_cancel': 'cancelled a job fair (those registered were told)',
  'audit.action.jobs.booth_add': 'gave an employer a booth at a job fair',
  'audit.action.jobs.booth_remove': 'took a booth away from a job fair',
};
export default messages;
