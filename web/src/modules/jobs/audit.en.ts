import type zh from './audit.zh-CN';

const messages: Record<keyof typeof zh, string> = {
  'audit.action.jobs.walkin_register': 'registered a walk-in worker at a gig station',
  'audit.action.jobs.post': 'posted a job (for review)',
  'audit.action.jobs.approve': 'approved a job',
  'audit.action.jobs.reject': 'rejected a job',
  'audit.action.jobs.close': 'closed a job',
  'audit.action.jobs.application_move': 'moved a job application (interview, hired or turned down)',
};
export default messages;
