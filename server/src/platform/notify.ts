// Telling a member about a decision: an inbox message in both languages, written in the decision's own
// transaction (a rolled-back decision says nothing), and, where the template says so, a text message sent
// after commit through the job queue (the outbox): retried with backoff, and never sent twice.
//
// Each module lists its templates in `<module>.notices.ts` and declares them in its module definition; a
// template is named `<module>.<name>` and its texts take `{param}` placeholders.
import { type Ctx, type Services, systemCtx, whenCommitted } from './context.js';
import { sql } from './sql.js';

export interface NoticeText {
  title: string;
  body: string;
}

export interface NoticeTemplate {
  zh: NoticeText;
  en: NoticeText;
  /** Also sent as a text message (Chinese; the gateway adds the signature). Omitted: in-app only. */
  sms?: string;
}

/** Who is told: a member row, an application row, or a phone (an applicant may not be a member yet). */
export interface Recipient {
  phone_hash: string;
  phone_cipher?: string | null;
}

const templates = new Map<string, NoticeTemplate>();

export function registerNotices(module: string, notices: Record<string, NoticeTemplate>): void {
  for (const [name, template] of Object.entries(notices)) templates.set(`${module}.${name}`, template);
}

export const noticeTemplate = (key: string): NoticeTemplate | undefined => templates.get(key);

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}

/** A moment as members read it: China time (UTC+8, no daylight saving), `11-23 14:30`. */
export function chinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(5, 16).replace('T', ' ');
}

/**
 * Notices to many members at once (a lottery's applicants, a cancelled offer's holders): one statement for all
 * the messages, whatever their number, and a queued text for each new one whose template has a text. A member
 * no longer found is skipped. `memberId` is the key of `recipients`: a cadre's account id works the same way.
 * Returns how many messages are new (a repeated dedupe key is not).
 */
export async function notifyMembers(
  ctx: Ctx,
  recipients: Map<number, Recipient>,
  items: ReadonlyArray<{ memberId: number; key: string; params: Record<string, string | number>; dedupeKey: string }>,
): Promise<number> {
  const rows = items.flatMap((item) => {
    const to = recipients.get(item.memberId);
    return to ? [messageRow(ctx, to, item.key, item.params, item.dedupeKey)] : [];
  });
  return insertMessages(ctx, rows);
}

interface MessageRow {
  phone: string;
  key: string;
  title: string;
  body: string;
  titleEn: string;
  bodyEn: string;
  dedupe: string;
  state: 'pending' | 'none';
  sms: string | null;
  cipher: string | null;
}

/**
 * One message, rendered in both languages and encrypted: a message may carry an aid amount, a refusal's reason
 * or a handler's question, so it is kept like the rest of a member's personal data (the parameters are not kept).
 */
function messageRow(
  ctx: Ctx,
  to: Recipient,
  key: string,
  params: Record<string, string | number>,
  dedupeKey: string,
): MessageRow {
  const template = templates.get(key);
  if (!template) throw new Error(`unknown notice template ${key}`);
  const seal = (text: string) => ctx.services.pii.encrypt(fill(text, params));
  const withSms = Boolean(template.sms && to.phone_cipher);
  return {
    phone: to.phone_hash,
    key,
    title: seal(template.zh.title),
    body: seal(template.zh.body),
    titleEn: seal(template.en.title),
    bodyEn: seal(template.en.body),
    dedupe: dedupeKey,
    state: withSms ? 'pending' : 'none',
    sms: withSms ? seal(template.sms as string) : null,
    cipher: withSms ? (to.phone_cipher ?? null) : null,
  };
}

/** All the messages in one statement (a lottery's thousands too); new ones with a text queue it after commit. */
async function insertMessages(ctx: Ctx, rows: MessageRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const col = <K extends keyof MessageRow>(k: K) => rows.map((r) => r[k]);
  const inserted = await ctx.db.query<{ id: number; sms_state: string }>(sql`
    insert into member_messages (phone_hash, template, title, body, title_en, body_en, dedupe_key,
      sms_state, sms_text, sms_phone_cipher)
    select phone, key, title, body, title_en, body_en, dedupe, state, sms, cipher
    from unnest(${col('phone')}::text[], ${col('key')}::text[], ${col('title')}::text[], ${col('body')}::text[],
      ${col('titleEn')}::text[], ${col('bodyEn')}::text[], ${col('dedupe')}::text[], ${col('state')}::text[],
      ${col('sms')}::text[], ${col('cipher')}::text[])
      as x(phone, key, title, body, title_en, body_en, dedupe, state, sms, cipher)
    on conflict (dedupe_key) do nothing
    returning id, sms_state`);
  const texts = inserted.filter((r) => r.sms_state === 'pending').map((r) => r.id);
  if (texts.length > 0) {
    await whenCommitted(ctx, async () => {
      for (const id of texts)
        await ctx.services.queue.send(SMS_QUEUE, { messageId: id }, { singletonKey: `sms:${id}` });
    });
  }
  return inserted.length;
}

/** The queue that sends the texts of inbox messages. */
export const SMS_QUEUE = 'notify.sms';

/** Declares the texts' queue on this process's job queue (every process: senders and workers). */
export function defineNoticeQueue(services: Services): void {
  services.queue.define(
    SMS_QUEUE,
    async (data) => {
      await sendNoticeSms(systemCtx(services), Number(data.messageId));
    },
    // A text follows its decision within a second or two.
    { pollSeconds: 1 },
  );
}

/**
 * Writes the inbox message (in the caller's transaction) and, for a template with a text, queues the text
 * once the transaction commits. `dedupeKey` makes a repeated call (a job run twice, a retried request) say
 * nothing new: the same key is one message.
 */
export async function notifyMember(
  ctx: Ctx,
  to: Recipient,
  key: string,
  params: Record<string, string | number>,
  dedupeKey: string,
): Promise<void> {
  await insertMessages(ctx, [messageRow(ctx, to, key, params, dedupeKey)]);
}

/**
 * Sends the text of one inbox message (the SMS queue's handler). A text already sent is not sent again; a
 * gateway error throws, so the queue retries it later.
 */
export async function sendNoticeSms(ctx: Ctx, messageId: number): Promise<'sent' | 'nothing'> {
  const [m] = await ctx.db.query<{
    phone_hash: string;
    sms_state: string;
    sms_text: string | null;
    sms_phone_cipher: string | null;
  }>(sql`select phone_hash, sms_state, sms_text, sms_phone_cipher from member_messages where id = ${messageId}`);
  if (m?.sms_state !== 'pending' || !m.sms_text || !m.sms_phone_cipher) return 'nothing';
  await ctx.services.sms.send({
    phone: ctx.services.pii.decrypt(m.sms_phone_cipher),
    phoneHash: m.phone_hash,
    template: 'notice',
    params: {},
    text: ctx.services.pii.decrypt(m.sms_text),
    id: `msg-${messageId}`,
  });
  // The phone copy was kept only to send this text.
  await ctx.db.query(sql`
    update member_messages set sms_state = 'sent', sms_sent_at = now(), sms_phone_cipher = null
    where id = ${messageId} and sms_state = 'pending'`);
  return 'sent';
}

/**
 * Texts still pending a minute after their message and with no job at all (a process stopped between commit
 * and queue): queued again. A text whose job ran out of retries is not: it waits in the console's failed jobs
 * for someone to fix the cause and run it again, rather than failing over and over.
 */
export async function requeuePendingSms(ctx: Ctx): Promise<number> {
  const rows = await ctx.db.query<{ id: number }>(sql`
    select id from member_messages where sms_state = 'pending' and created_at < now() - interval '1 minute'
    order by id limit 1000`);
  const keyOf = (id: number) => `sms:${id}`;
  const queued = await ctx.services.queue.existingKeys(
    SMS_QUEUE,
    rows.map((r) => keyOf(r.id)),
  );
  const orphans = rows.filter((r) => !queued.has(keyOf(r.id)));
  for (const r of orphans) await ctx.services.queue.send(SMS_QUEUE, { messageId: r.id }, { singletonKey: keyOf(r.id) });
  return orphans.length;
}

export interface InboxItem {
  id: number;
  /** The template (`offers.waitlist_offered`), or null for messages written before templates. */
  kind: string | null;
  title: string;
  body: string;
  at: string;
  read: boolean;
}

/** A member's inbox, newest first, in the reader's language. */
export async function inbox(
  ctx: Ctx,
  { phoneHash, lang, limit = 50 }: { phoneHash: string; lang: 'zh-CN' | 'en'; limit?: number },
) {
  // Messages written before they were encrypted are plain text; encrypted ones carry the cipher's version prefix.
  const open = (text: string) => (/^v[12]:/.test(text) ? ctx.services.pii.decrypt(text) : text);
  const rows = await ctx.db.query<{
    id: number;
    template: string | null;
    title: string;
    body: string;
    title_en: string | null;
    body_en: string | null;
    created_at: Date;
    read_at: Date | null;
  }>(sql`select * from member_messages where phone_hash = ${phoneHash} order by id desc limit ${limit}`);
  const [counted] = await ctx.db.query<{ unread: number }>(
    sql`select count(*)::int as unread from member_messages where phone_hash = ${phoneHash} and read_at is null`,
  );
  const items: InboxItem[] = rows.map((m) => ({
    id: m.id,
    kind: m.template,
    title: open(lang === 'en' && m.title_en ? m.title_en : m.title),
    body: open(lang === 'en' && m.body_en ? m.body_en : m.body),
    at: m.created_at.toISOString(),
    read: m.read_at !== null,
  }));
  return { items, unread: counted?.unread ?? 0 };
}

export async function markInboxRead(ctx: Ctx, phoneHash: string): Promise<void> {
  await ctx.db.query(
    sql`update member_messages set read_at = now() where phone_hash = ${phoneHash} and read_at is null`,
  );
}
