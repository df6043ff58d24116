import { type Actor, can, definePolicy } from '../../platform/access.js';
import type { OfferStatus } from './offers.tables.js';

export interface OfferSubject {
  union_path: string;
  status: OfferStatus;
  mode: 'first_come' | 'lottery';
  closes_at: Date;
  lottery_drawn_at: Date | null;
}

const manages = (actor: Actor, o: OfferSubject) => can(actor, 'offer.manage', o.union_path);

export const offerPolicy = definePolicy<OfferSubject>()({
  read: manages,
  update: (a, o) => manages(a, o) && o.status !== 'cancelled',
  publish: (a, o) => manages(a, o) && o.status === 'draft',
  cancel: (a, o) => manages(a, o) && o.status !== 'cancelled',
  draw: (a, o) =>
    manages(a, o) &&
    o.status === 'published' &&
    o.mode === 'lottery' &&
    !o.lottery_drawn_at &&
    o.closes_at.getTime() <= Date.now(),
  checkIn: (a, o) => manages(a, o) && o.status === 'published',
});
