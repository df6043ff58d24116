// What the offers module tells members (platform/notify.ts): a waitlist place to accept before a deadline,
// a lottery result, an application turned down, an offer cancelled.
import type { NoticeTemplate } from '../../platform/notify.js';

export const offersNotices = {
  waitlist_offered: {
    zh: {
      title: '候补成功，请及时确认',
      body: '您候补的「{offer}」有了空余名额，请在 {deadline} 前在“我的报名”中确认，逾期将顺延给下一位。',
    },
    en: {
      title: 'A place is yours: confirm it',
      body: 'A place in “{offer}” opened up for you. Confirm it under My sign-ups by {deadline} (China time), or it passes to the next person.',
    },
    sms: '您候补的「{offer}」有了空余名额，请在 {deadline} 前登录确认，逾期顺延。',
  },
  lottery_won: {
    zh: { title: '抽签结果：已中签', body: '「{offer}」抽签结果已公布，恭喜您中签！' },
    en: { title: 'Draw result: you won a place', body: 'The draw for “{offer}” is done: you have a place.' },
    sms: '「{offer}」抽签结果已公布，恭喜您中签，详情请登录查看。',
  },
  lottery_waitlisted: {
    zh: {
      title: '抽签结果：候补第 {position} 位',
      body: '「{offer}」抽签结果已公布，您暂未中签，排在候补第 {position} 位，有空余名额会第一时间通知您。',
    },
    en: {
      title: 'Draw result: waitlist, number {position}',
      body: 'The draw for “{offer}” is done. You did not get a place yet and are number {position} on the waitlist; we will tell you if one opens.',
    },
  },
  lottery_lost: {
    zh: { title: '抽签结果：未中签', body: '「{offer}」抽签结果已公布，很遗憾您未中签，感谢参与。' },
    en: {
      title: 'Draw result: no place this time',
      body: 'The draw for “{offer}” is done; you did not get a place this time. Thank you for taking part.',
    },
  },
  application_rejected: {
    zh: { title: '报名未通过审核', body: '您对「{offer}」的报名未通过审核：{reason}' },
    en: { title: 'Sign-up not accepted', body: 'Your sign-up for “{offer}” was not accepted: {reason}' },
  },
  offer_cancelled: {
    zh: { title: '活动已取消', body: '您报名的「{offer}」已取消：{reason}。已扣的积分已退回。' },
    en: {
      title: 'Cancelled',
      body: '“{offer}”, which you signed up for, was cancelled: {reason}. Any points spent were refunded.',
    },
    sms: '您报名的「{offer}」已取消，已扣积分已退回，详情请登录查看。',
  },
} satisfies Record<string, NoticeTemplate>;
