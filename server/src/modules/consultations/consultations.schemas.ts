import { z } from 'zod';
import { optionalText, plainText } from '../../platform/schemas.js';

export const modes = ['in_person', 'phone', 'video'] as const;
export const bookingStatuses = ['booked', 'cancelled', 'completed', 'no_show'] as const;

export const slotBody = z.strictObject({
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  mode: z.enum(modes),
  place: optionalText(100),
});
export const bookBody = z.strictObject({ slotId: z.number().int().positive(), topic: plainText(500) });
export const outcomeBody = z.strictObject({
  status: z.enum(['completed', 'no_show']),
  outcome: optionalText(1000),
});

export const bookingView = z.object({
  id: z.number(),
  status: z.enum(bookingStatuses),
  topic: z.string(),
  outcome: z.string().nullable(),
  memberName: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  slot: z.object({
    id: z.number(),
    startsAt: z.string(),
    endsAt: z.string(),
    mode: z.enum(modes),
    place: z.string().nullable(),
    lawyer: z.string(),
    union: z.string(),
  }),
  createdAt: z.string(),
});
export const slotView = z.object({
  id: z.number(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(modes),
  place: z.string().nullable(),
  lawyer: z.string(),
  union: z.string(),
  status: z.enum(['open', 'cancelled']),
  booked: z.boolean(),
  booking: bookingView.omit({ slot: true }).nullable(),
});

export const overviewQuery = z.strictObject({ from: z.iso.date(), to: z.iso.date() });
export const overviewView = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(
    z.object({
      lawyerAccountId: z.number().int(),
      lawyer: z.string(),
      union: z.string(),
      slots: z.number().int(),
      cancelledSlots: z.number().int(),
      booked: z.number().int(),
      completed: z.number().int(),
      noShow: z.number().int(),
      cancelledBookings: z.number().int(),
    }),
  ),
});
