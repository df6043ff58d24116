// A booking as the member or the lawyer reads it (the lawyer sees the member's phone masked).
import type { Ctx } from '../../platform/context.js';
import { maskPhone } from '../../platform/mask.js';

export interface BookingRow {
  id: number;
  status: 'booked' | 'cancelled' | 'completed' | 'no_show';
  topic: string;
  outcome: string | null;
  member_id: number;
  member_name: string;
  phone_cipher: string;
  created_at: Date;
  slot_id: number;
  starts_at: Date;
  ends_at: Date;
  mode: 'in_person' | 'phone' | 'video';
  place: string | null;
  lawyer: string;
  lawyer_account_id: number;
  union_name: string;
}

export function presentBooking(ctx: Ctx, { b, forLawyer }: { b: BookingRow; forLawyer: boolean }) {
  return {
    id: b.id,
    status: b.status,
    topic: b.topic,
    outcome: b.outcome,
    memberName: forLawyer ? b.member_name : null,
    phoneMasked: forLawyer ? maskPhone(ctx.services.pii.decrypt(b.phone_cipher)) : null,
    slot: {
      id: b.slot_id,
      startsAt: b.starts_at.toISOString(),
      endsAt: b.ends_at.toISOString(),
      mode: b.mode,
      place: b.place,
      lawyer: b.lawyer,
      union: b.union_name,
    },
    createdAt: b.created_at.toISOString(),
  };
}
