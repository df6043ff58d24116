// Error codes of the cards module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const cardsErrors = {
  CARD_NOT_AVAILABLE: {
    status: 404,
    zh: '您还没有有效的会员身份，暂无电子会员证',
    en: 'There is no active membership, so there is no e-card',
  },
} as const satisfies Record<string, ErrorEntry>;

type CardsErrors = typeof cardsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends CardsErrors {}
}
