// A document as a cadre sees it: the sender's side with its progress, the receiving side with its own receipts.
import { can } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';

export interface DocumentRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  title: string;
  body_html: string;
  recipient_level: 'city' | 'county' | 'township' | 'base';
  reply_required: boolean;
  due_at: Date | null;
  sent_at: Date;
  sent_by_name: string;
}
export interface ReceiptRow {
  document_id: number;
  union_id: number;
  union_name: string;
  status: 'unread' | 'read' | 'replied' | 'overdue';
  read_at: Date | null;
  replied_at: Date | null;
  reply_text: string | null;
  reminders: number;
  reminded_at: Date | null;
}

export interface Progress {
  recipients: number;
  read: number;
  replied: number;
  overdue: number;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function present(
  ctx: Ctx,
  { d, progress, receipts }: { d: DocumentRow; progress: Map<number, Progress>; receipts: ReceiptRow[] },
) {
  const senderSide = can(ctx.actor, 'union.read', d.union_path);
  return {
    id: Number(d.id),
    title: d.title,
    from: { id: Number(d.union_id), name: d.union_name },
    recipientLevel: d.recipient_level,
    replyRequired: d.reply_required,
    dueAt: iso(d.due_at),
    sentAt: d.sent_at.toISOString(),
    progress: senderSide ? (progress.get(Number(d.id)) ?? { recipients: 0, read: 0, replied: 0, overdue: 0 }) : null,
    receipts: receipts
      .filter((r) => Number(r.document_id) === Number(d.id))
      .map((r) => ({
        union: { id: Number(r.union_id), name: r.union_name },
        status: r.status,
        readAt: iso(r.read_at),
        repliedAt: iso(r.replied_at),
        replyText: r.reply_text,
        reminders: r.reminders,
      })),
  };
}

/** One receiving union on the sender's board. */
export function presentRecipient(r: ReceiptRow) {
  return {
    union: { id: Number(r.union_id), name: r.union_name },
    status: r.status,
    readAt: iso(r.read_at),
    repliedAt: iso(r.replied_at),
    replyText: r.reply_text,
    reminders: r.reminders,
    remindedAt: iso(r.reminded_at),
  };
}
