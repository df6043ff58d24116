// What the membership module tells an applicant (platform/notify.ts).
import type { NoticeTemplate } from '../../platform/notify.js';

export const membershipNotices = {
  submitted: {
    zh: { title: '入会申请已提交', body: '您的入会申请已提交至{union}，请耐心等待审核。' },
    en: { title: 'Application submitted', body: 'Your application was sent to {union}; it will be reviewed soon.' },
  },
  approved: {
    zh: { title: '入会申请已通过', body: '欢迎加入{union}！您的电子会员证已生成。' },
    en: { title: 'Application approved', body: 'Welcome to {union}! Your e-card is ready.' },
    sms: '您向{union}提交的入会申请已通过，电子会员证已生成，请登录查看。',
  },
  rejected: {
    zh: { title: '入会申请未通过', body: '{union}未通过您的入会申请：{reason}' },
    en: { title: 'Application not approved', body: '{union} did not approve your application: {reason}' },
    sms: '您向{union}提交的入会申请未通过，详情请登录查看。',
  },
} satisfies Record<string, NoticeTemplate>;
