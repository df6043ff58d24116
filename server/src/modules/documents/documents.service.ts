// Documents down the tree (公文下发): a union's manager sends a notice to every union of one level below it; a cadre
// of each receiving union signs for it (the read receipt) and, when a reply is asked, replies by the deadline,
// counted in working days on the working calendar. The sender watches who has read, replied or is late, and
// reminds the late ones: reminded and late documents stand on the receiving cadres' 待办.
import type { z } from 'zod';
import { can, inScope, requireAdmin, rolePermissions, roles } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { chinaDay, now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { chinaTime, notifyMembers } from '../../platform/notify.js';
import { paginate } from '../../platform/pagination.js';
import { type Sql, sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import { addWorkingMinutes, WORKDAY_MINUTES } from '../../platform/worktime.js';
import { cadresWithPhones } from '../accounts/accounts.reach.js';
import { loadCalendar } from '../appeals/appeals.calendar.js';
import { sanitizeArticleHtml, textOf } from '../content/content.sanitize.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { type DocumentRow, type Progress, present, presentRecipient, type ReceiptRow } from './documents.presenter.js';
import type { listDocumentsQuery, recipientsQuery, recipientView, sendDocumentBody } from './documents.schemas.js';

/** The roles that sign for a union's documents: any that reads the union. */
const DOCUMENT_ROLES = roles.filter((role) => rolePermissions[role].includes('union.read'));

/** The unions the caller works at: held by a grant on exactly that union (a county cadre does not sign for a base union). */
const ownUnions = (ctx: Ctx): number[] =>
  ctx.actor.kind === 'admin'
    ? ctx.actor.grants.filter((g) => DOCUMENT_ROLES.includes(g.role)).map((g) => g.unionId)
    : [];

/** Where a receiving union stands: done is signed for, or replied when a reply is asked; late once past due. */
const statusOf = (at: Date): Sql => sql`case
  when r.replied_at is not null then 'replied'
  when d.due_at is not null and d.due_at < ${at} and (r.read_at is null or d.reply_required) then 'overdue'
  when r.read_at is not null then 'read' else 'unread' end`;

const selectDocument = sql.raw(`select d.*, u.name as union_name, a.display_name as sent_by_name
  from documents d join unions u on u.id = d.union_id join accounts a on a.id = d.sent_by`);

async function receipts(ctx: Ctx, ids: number[]): Promise<ReceiptRow[]> {
  const mine = ownUnions(ctx);
  if (ids.length === 0 || mine.length === 0) return [];
  return ctx.db.query<ReceiptRow>(sql`select r.*, u.name as union_name, ${statusOf(now(ctx))} as status
    from document_recipients r join documents d on d.id = r.document_id join unions u on u.id = r.union_id
    where r.document_id = any(${ids}::bigint[]) and r.union_id = any(${mine}::bigint[]) order by u.name`);
}

async function progressOf(ctx: Ctx, ids: number[]): Promise<Map<number, Progress>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db.query<Progress & { id: number }>(sql`
    select d.id, count(*)::int as recipients, count(r.read_at)::int as read, count(r.replied_at)::int as replied,
      count(*) filter (where ${statusOf(now(ctx))} = 'overdue')::int as overdue
    from documents d join document_recipients r on r.document_id = d.id
    where d.id = any(${ids}::bigint[]) group by d.id`);
  return new Map(rows.map(({ id, ...p }) => [Number(id), p]));
}

export async function sendDocument(ctx: Ctx, body: z.infer<typeof sendDocumentBody>) {
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'union.manage' });
  const actor = requireAdmin(ctx.actor);
  const html = sanitizeArticleHtml(body.bodyHtml);
  if (!textOf(html)) throw new AppError('ARTICLE_EMPTY', { field: 'bodyHtml' });
  const sentAt = now(ctx);
  const dueAt = body.dueWorkingDays
    ? addWorkingMinutes(await loadCalendar(ctx), sentAt, body.dueWorkingDays * WORKDAY_MINUTES)
    : null;
  return transaction(ctx, async (ctx) => {
    const [doc] = await ctx.db.query<{ id: number }>(sql`insert into documents (union_id, union_path, title, body_html,
        recipient_level, reply_required, due_at, sent_by, sent_at)
      values (${body.unionId}, ${path}, ${body.title}, ${html}, ${body.recipientLevel}, ${body.replyRequired},
        ${dueAt}, ${actor.accountId}, ${sentAt})
      returning id`);
    const id = Number(doc?.id);
    // Every active union of the level below the sender, in one statement however many thousands there are.
    const sent = await ctx.db.query(sql`insert into document_recipients (document_id, union_id, union_path)
      select ${id}, u.id, u.path from unions u
      where u.active and u.level = ${body.recipientLevel} and u.path <> ${path} and ${withinSubtree(sql.raw('u.path'), path)}
      returning union_id`);
    if (sent.length === 0) throw new AppError('DOCUMENT_NO_RECIPIENTS', { field: 'recipientLevel' });
    await audit(ctx, {
      action: 'document.send',
      targetType: 'document',
      targetId: id,
      unionId: body.unionId,
      unionPath: path,
      detail: { recipients: sent.length, level: body.recipientLevel },
    });
    return getDocument(ctx, id);
  });
}

/** Loads a document the caller may see: its sender's side (union.read there) or a receiving union's cadre. */
async function load(ctx: Ctx, id: number): Promise<DocumentRow> {
  requireAdmin(ctx.actor);
  const [d] = await ctx.db.query<DocumentRow>(sql`${selectDocument} where d.id = ${id}`);
  if (!d) throw notFound();
  if (can(ctx.actor, 'union.read', d.union_path)) return d;
  const [mine] = await ctx.db.query(sql`select 1 from document_recipients
    where document_id = ${id} and union_id = any(${ownUnions(ctx)}::bigint[])`);
  if (!mine) throw notFound();
  return d;
}

export async function getDocument(ctx: Ctx, id: number) {
  const d = await load(ctx, id);
  const [progress, mine] = await Promise.all([progressOf(ctx, [id]), receipts(ctx, [id])]);
  return {
    ...present(ctx, { d, progress, receipts: mine }),
    bodyHtml: d.body_html,
    sentBy: d.sent_by_name,
    canRemind: can(ctx.actor, 'union.manage', d.union_path),
  };
}

export async function listDocuments(ctx: Ctx, query: z.infer<typeof listDocumentsQuery>) {
  requireAdmin(ctx.actor);
  const where =
    query.box === 'sent'
      ? inScope(ctx.actor, 'union.read', sql.raw('d.union_path'))
      : sql`exists (select 1 from document_recipients r where r.document_id = d.id
          and r.union_id = any(${ownUnions(ctx)}::bigint[]))`;
  return paginate<DocumentRow, ReturnType<typeof present>>(
    ctx,
    query,
    {
      rows: sql`${selectDocument} where ${where} order by d.sent_at desc, d.id desc`,
      count: sql`select 1 from documents d where ${where}`,
    },
    async (rows) => {
      const ids = rows.map((r) => Number(r.id));
      const [progress, mine] = await Promise.all([progressOf(ctx, ids), receipts(ctx, ids)]);
      return rows.map((d) => present(ctx, { d, progress, receipts: mine }));
    },
  );
}

export async function listRecipients(ctx: Ctx, { id, query }: { id: number; query: z.infer<typeof recipientsQuery> }) {
  const d = await load(ctx, id);
  if (!can(ctx.actor, 'union.read', d.union_path)) throw new AppError('FORBIDDEN');
  const status = statusOf(now(ctx));
  const where = sql`r.document_id = ${id}${query.status ? sql` and ${status} = ${query.status}` : sql``}`;
  return paginate<ReceiptRow, z.infer<typeof recipientView>>(
    ctx,
    query,
    {
      rows: sql`select r.*, u.name as union_name, ${status} as status from document_recipients r
        join documents d on d.id = r.document_id join unions u on u.id = r.union_id
        where ${where} order by (${status} = 'overdue') desc, u.path`,
      count: sql`select 1 from document_recipients r join documents d on d.id = r.document_id where ${where}`,
    },
    (rows) => rows.map(presentRecipient),
  );
}

/** A receiving union's cadre signs for the document, and replies when a reply is asked (a reply signs too). */
export async function answerDocument(
  ctx: Ctx,
  { id, unionId, reply }: { id: number; unionId: number; reply: string | null },
) {
  const actor = requireAdmin(ctx.actor);
  const d = await load(ctx, id);
  if (!ownUnions(ctx).includes(unionId)) throw new AppError('DOCUMENT_NOT_RECIPIENT');
  if (reply !== null && !d.reply_required) throw new AppError('DOCUMENT_NO_REPLY_ASKED');
  return transaction(ctx, async (ctx) => {
    const at = now(ctx);
    const updated = await ctx.db.query(sql`update document_recipients set
        read_at = coalesce(read_at, ${at}), read_by = coalesce(read_by, ${actor.accountId})
        ${reply !== null ? sql`, replied_at = ${at}, replied_by = ${actor.accountId}, reply_text = ${reply}` : sql``}
      where document_id = ${id} and union_id = ${unionId} returning union_id`);
    if (updated.length === 0) throw new AppError('DOCUMENT_NOT_RECIPIENT');
    await audit(ctx, {
      action: reply !== null ? 'document.reply' : 'document.read',
      targetType: 'document',
      targetId: id,
      unionId,
    });
    return getDocument(ctx, id);
  });
}

/**
 * Reminds every receiving union not done yet: they stand on their cadres' 待办 until they are, and each of their
 * cadres who gave a phone for reminders gets a text, at most one a day per document.
 */
export async function remindRecipients(ctx: Ctx, id: number) {
  const d = await load(ctx, id);
  if (!can(ctx.actor, 'union.manage', d.union_path)) throw new AppError('FORBIDDEN');
  return transaction(ctx, async (ctx) => {
    const at = now(ctx);
    const reminded = await ctx.db.query<{ union_id: number }>(sql`update document_recipients r
        set reminded_at = ${at}, reminders = reminders + 1
      from documents d where d.id = r.document_id and r.document_id = ${id}
        and r.replied_at is null and (r.read_at is null or d.reply_required)
      returning r.union_id`);
    const cadres = await cadresWithPhones(ctx, {
      unionIds: reminded.map((r) => Number(r.union_id)),
      roles: DOCUMENT_ROLES,
    });
    const texted = await notifyMembers(
      ctx,
      new Map(cadres.map((c) => [c.accountId, c])),
      [...new Set(cadres.map((c) => c.accountId))].map((accountId) => ({
        memberId: accountId,
        key: 'documents.reminder',
        params: { title: d.title, due: d.due_at ? chinaTime(d.due_at) : '—' },
        dedupeKey: `documents.reminder:${id}:account:${accountId}:${chinaDay(at)}`,
      })),
    );
    await audit(ctx, {
      action: 'document.remind',
      targetType: 'document',
      targetId: id,
      unionId: d.union_id,
      unionPath: d.union_path,
      detail: { reminded: reminded.length, texted },
    });
    return { reminded: reminded.length, texted };
  });
}

/** 待办: documents the caller's unions have not signed for, and those late or reminded and not done. */
export async function pendingDocuments(ctx: Ctx): Promise<number> {
  const mine = ownUnions(ctx);
  if (mine.length === 0) return 0;
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from document_recipients r
    join documents d on d.id = r.document_id
    where r.union_id = any(${mine}::bigint[]) and r.replied_at is null and (r.read_at is null or d.reply_required)`);
  return Number(row?.n ?? 0);
}
