import type zh from './audit.zh-CN';

const messages: Record<keyof typeof zh, string> = {
  'audit.action.quiz.question_add': 'added a question to the bank',
  'audit.action.quiz.question_retire': 'retired a question of the bank',
  'audit.action.quiz.import': 'imported questions into the bank from a spreadsheet',
  'audit.action.contest.create': 'set up a knowledge contest',
  'audit.action.contest.publish': 'published a knowledge contest',
  'audit.action.contest.results_export': 'exported the results of a knowledge contest',
};
export default messages;
