// Error codes of the cards module. Their messages are a catalogue, cards.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './cards.errors.json' with { type: 'json' };

export const cardsErrors = catalogue satisfies Record<string, ErrorEntry>;

type CardsErrors = typeof cardsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends CardsErrors {}
}
