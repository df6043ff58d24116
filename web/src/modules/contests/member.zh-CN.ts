// The contests module's member-app messages (also read by the console: the question kinds and shared words).
const messages = {
  'contests.title': '知识竞赛',
  'contests.none': '现在没有向你开放的知识竞赛',
  'contests.open': '进行中',
  'contests.closed': '未在答题时间',
  'contests.window': '答题时间',
  'contests.howItWorks': '答题规则',
  'contests.rules': '每次 {n} 题，每题 {s} 秒',
  'contests.today': '今天还可答题',
  'contests.left': '{n} / {of} 次',
  'contests.points': '积分奖励',
  'contests.pointsRule': '每答对一题 {n} 积分（首次完成时发放）',
  'contests.myBest': '我的最好成绩：答对 {correct} / {total} 题，排名第 {rank}，已得 {points} 积分',
  'contests.resume': '继续答题',
  'contests.start': '开始答题',
  'contests.noneLeft': '今天的次数已用完',
  'contests.leaderboard': '排行榜',
  'contests.noResults': '还没有人完成答题',
  'contests.scoreLine': '答对 {correct} 题 · {s} 秒',
  'contests.questionOf': '第 {n} / {total} 题',
  'contests.secondsLeft': '剩余 {s} 秒',
  'contests.submit': '提交答案',
  'contests.right': '回答正确。',
  'contests.wrong': '回答错误，正确答案已标出。',
  'contests.next': '下一题',
  'contests.seeResult': '查看成绩',
  'contests.finished': '答题完成',
  'contests.resultLine': '答对 {correct} / {total} 题，用时 {s} 秒。',
  'contests.pointsEarned': '获得 {n} 积分。',
  'contests.rankLine': '当前排名第 {rank}。',
  'contests.back': '返回竞赛',
  'contests.failed': '网络不稳定，请稍后重试',
  'quiz.kind.single': '单选题',
  'quiz.kind.multiple': '多选题',
  'quiz.kind.judge': '判断题',
} as const;
export default messages;

declare module '../../i18n' {
  interface ModuleMessages extends Record<keyof typeof messages, string> {}
}
