// Error codes of the offers module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const offersErrors = {
  CLAIM_PASS_INVALID: { status: 401, zh: '领取凭证无效，请刷新页面', en: 'Invalid claim pass; reload the page' },
  CLAIM_PASS_EXPIRED: {
    status: 401,
    zh: '领取凭证已过期，请刷新页面',
    en: 'The claim pass has expired; reload the page',
  },
  OFFER_NOT_OPEN: { status: 409, zh: '尚未开始，开始时间：{opensAt}', en: 'Not open yet; opens at {opensAt}' },
  OFFER_CLOSED: { status: 409, zh: '已结束', en: 'This has closed' },
  OFFER_SOLD_OUT: { status: 409, zh: '名额已抢完', en: 'All places are taken' },
  OFFER_NOT_PUBLISHED: { status: 409, zh: '尚未发布或已取消', en: 'Not published, or cancelled' },
  OFFER_NOT_ELIGIBLE_UNION: {
    status: 403,
    zh: '仅限{union}的会员参加',
    en: 'Only for members of {union}',
  },
  OFFER_NOT_ELIGIBLE_CATEGORY: {
    status: 403,
    zh: '仅限以下会员类别参加：{categories}',
    en: 'Only for these member categories: {categories}',
  },
  OFFER_NOT_ELIGIBLE_TAG: {
    status: 403,
    zh: '仅限以下会员参加：{tags}',
    en: 'Only for members tagged: {tags}',
  },
  OFFER_NOT_ELIGIBLE_TENURE: {
    status: 403,
    zh: '入会满 {days} 天的会员才能参加',
    en: 'Only for members of at least {days} days',
  },
  OFFER_NOT_EDITABLE: {
    status: 409,
    zh: '已开始或已有人领取，不能再修改此项',
    en: 'Already open or claimed; this can no longer change',
  },
  OFFER_INVALID_WINDOW: {
    status: 400,
    zh: '结束时间必须晚于开始时间',
    en: 'The closing time must be after the opening time',
  },
  OFFER_NOT_MEMBER: { status: 403, zh: '入会后才能参加', en: 'Join the union first' },
  CLAIM_LIMIT_REACHED: {
    status: 409,
    zh: '已达每人限领数量（{limit}）',
    en: 'You have reached the limit per member ({limit})',
  },
  CLAIM_IN_FLIGHT: {
    status: 429,
    zh: '上一次请求正在处理，请稍候',
    en: 'Your previous request is still being processed',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '请求编号已用于另一项请求',
    en: 'This idempotency key was already used for a different request',
  },
  CLAIM_NOT_CANCELLABLE: { status: 409, zh: '已过取消期限或不可取消', en: 'This can no longer be cancelled' },
  CLAIM_NOT_APPLIED: {
    status: 409,
    zh: '该申请已审核或已抽签',
    en: 'This application has already been reviewed or drawn',
  },
  CLAIM_NOT_OFFERED: { status: 409, zh: '没有待确认的候补名额', en: 'No place is waiting for your confirmation' },
  WAITLIST_NOT_AVAILABLE: { status: 409, zh: '当前不能候补', en: 'The waitlist is not available now' },
  WAITLIST_ALREADY: { status: 409, zh: '您已在候补名单中', en: 'You are already on the waitlist' },
  LOTTERY_NOT_LOTTERY: { status: 409, zh: '该项目不是抽签分配', en: 'This offer is not allocated by lottery' },
  LOTTERY_WINDOW_OPEN: { status: 409, zh: '报名尚未截止，不能抽签', en: 'Applications are still open' },
  LOTTERY_ALREADY_DRAWN: {
    status: 409,
    zh: '已抽签，结果不能重抽',
    en: 'Already drawn; the result cannot be drawn again',
  },
  CHECKIN_TOKEN_INVALID: { status: 400, zh: '二维码无效或被篡改', en: 'The QR code is invalid or forged' },
  CHECKIN_TOKEN_EXPIRED: {
    status: 400,
    zh: '二维码已过期，请会员刷新',
    en: 'The QR code has expired; ask the member to refresh it',
  },
  CHECKIN_NOT_REGISTERED: { status: 404, zh: '该会员未报名此活动', en: 'This member has no place in this activity' },
  CHECKIN_ALREADY: { status: 409, zh: '已签到', en: 'Already checked in' },
  FEEDBACK_NOT_ALLOWED: { status: 409, zh: '签到后才能评价', en: 'Only participants who checked in can give feedback' },
  FEEDBACK_ALREADY: { status: 409, zh: '已评价', en: 'Feedback already given' },
} as const satisfies Record<string, ErrorEntry>;

type OffersErrors = typeof offersErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends OffersErrors {}
}
