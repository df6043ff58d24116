// The member home's slowest step is the e-card: its data and the QR library come after the face's code, the
// session and the home itself, one round trip after another. For a signed-in member opening the home, both are
// asked for as soon as the session answers, while the face's code is still downloading (bench/first-load.ts).
// This file is in the first chunk every face loads, so it stays this small.
import { api, call } from '../api/client';
import type { SessionInfo } from '../shared/session';

export const fetchCard = () => call(api.GET('/api/me/card'));
export type Card = Awaited<ReturnType<typeof fetchCard>>;
export const loadQrLibrary = () => import('qrcode');

let earlyCard: Promise<Card> | null = null;

export function warmMemberHome(session: SessionInfo) {
  if (location.pathname !== '/' || session.kind !== 'member' || session.member?.memberId == null) return;
  earlyCard = fetchCard();
  // A failure is the e-card's to show when it asks again; nothing is unhandled meanwhile.
  earlyCard.catch(() => undefined);
  void loadQrLibrary().catch(() => undefined);
}

/** The card asked for early, once: later loads (the 30-second refresh) ask the server again. */
export function takeEarlyCard(): Promise<Card> | null {
  const card = earlyCard;
  earlyCard = null;
  return card;
}
