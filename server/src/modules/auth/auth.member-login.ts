import crypto from 'node:crypto';
import { audit } from '../../platform/audit.js';
import { createSession, destroySession } from '../../platform/auth/sessions.js';
import type { SmsMessage } from '../../platform/auth/sms.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { enforce } from '../../platform/ratelimit.js';
import { sql } from '../../platform/sql.js';
import { parsePhone } from '../../platform/validators.js';
import { type CodePurpose, type Issued, OTP_MAX_ATTEMPTS, OTP_TTL_MINUTES } from './auth.service.js';

export const codeHash = (ctx: Ctx, { phoneHash, code }: { phoneHash: string; code: string }) =>
  ctx.services.pii.hash('otp', `${phoneHash}:${code}`);
export function requirePhone(input: string): string {
  const phone = parsePhone(input);
  if (!phone) throw new AppError('PHONE_INVALID', { field: 'phone' });
  return phone;
}
const CODE_TEMPLATES = {
  login: 'login_code',
  change_phone: 'change_phone_code',
  account_phone: 'account_phone_code',
} as const satisfies Record<CodePurpose, SmsMessage['template']>;

/** Sends a one-time code to a phone for one purpose; a code for one purpose never completes another. */

export async function issueCode(ctx: Ctx, { phoneInput, purpose }: { phoneInput: string; purpose: CodePurpose }) {
  const phone = requirePhone(phoneInput);
  const phoneHash = ctx.services.pii.hash('phone', phone);
  // RL-01: per phone 1/min, 5/h, 10/day; per IP 20/h.
  await enforce(ctx.db, [
    { key: `sms-ip:${ctx.ip}`, limit: 20, windowSeconds: 3600 },
    { key: `sms-min:${phoneHash}`, limit: 1, windowSeconds: 60 },
    { key: `sms-hour:${phoneHash}`, limit: 5, windowSeconds: 3600 },
    { key: `sms-day:${phoneHash}`, limit: 10, windowSeconds: 86400 },
  ]);
  const code = crypto.randomInt(0, 1000000).toString().padStart(6, '0');
  // A new code replaces any earlier one for the phone and purpose.
  await ctx.db.query(sql`delete from otp_codes where phone_hash = ${phoneHash} and purpose = ${purpose}`);
  await ctx.db.query(sql`
    insert into otp_codes (phone_hash, purpose, code_hash, expires_at)
    values (${phoneHash}, ${purpose}, ${codeHash(ctx, { phoneHash, code })}, now() + ${`${OTP_TTL_MINUTES} minutes`}::interval)`);
  try {
    await ctx.services.sms.send({
      phone,
      phoneHash,
      template: CODE_TEMPLATES[purpose],
      params: { code },
    });
  } catch {
    await ctx.db.query(sql`delete from otp_codes where phone_hash = ${phoneHash} and purpose = ${purpose}`);
    throw new AppError('SMS_SEND_FAILED');
  }
  return { sent: true as const, retryAfterSeconds: 60 };
}
export const requestSmsCode = (ctx: Ctx, phoneInput: string) => issueCode(ctx, { phoneInput, purpose: 'login' });
/** Checks and uses up a code (5 tries, single use); returns the normalised phone and its hash. */

export async function consumeCode(
  ctx: Ctx,
  { phoneInput, codeInput, purpose }: { phoneInput: string; codeInput: string; purpose: CodePurpose },
) {
  const phone = requirePhone(phoneInput);
  const code = codeInput.normalize('NFKC').trim();
  const phoneHash = ctx.services.pii.hash('phone', phone);
  await enforce(ctx.db, [{ key: `otp-ip:${ctx.ip}`, limit: 50, windowSeconds: 3600 }]);
  // Count the attempt first, atomically, so parallel guesses cannot exceed the limit.
  const [otp] = await ctx.db.query<{ id: number; code_hash: string; attempts: number }>(sql`
    update otp_codes set attempts = attempts + 1
    where phone_hash = ${phoneHash} and purpose = ${purpose} and expires_at > now() and attempts < ${OTP_MAX_ATTEMPTS}
    returning id, code_hash, attempts`);
  const expected = otp?.code_hash ?? '';
  const given = codeHash(ctx, { phoneHash, code });
  const match = otp && /^\d{6}$/.test(code) && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(given));
  if (!match) {
    if (otp && otp.attempts >= OTP_MAX_ATTEMPTS) await ctx.db.query(sql`delete from otp_codes where id = ${otp.id}`);
    await audit(ctx, {
      action: `auth.code_${purpose}`,
      outcome: 'failure',
      detail: { reason: otp ? 'wrong_code' : 'no_live_code' },
    });
    throw new AppError('SMS_CODE_INVALID', { field: 'code' });
  }
  // Single use: the row is gone, so a replay finds nothing (delete…returning guards a parallel replay).
  const consumed = await ctx.db.query(sql`delete from otp_codes where id = ${otp.id} returning id`);
  if (consumed.length === 0) throw new AppError('SMS_CODE_INVALID', { field: 'code' });
  return { phone, phoneHash };
}
export async function memberLogin(
  ctx: Ctx,
  { phoneInput, codeInput, userAgent }: { phoneInput: string; codeInput: string; userAgent?: string },
): Promise<Issued> {
  const { phone, phoneHash } = await consumeCode(ctx, { phoneInput, codeInput, purpose: 'login' });
  if (ctx.sessionToken) await destroySession(ctx.db, ctx.sessionToken);
  const [member] = await ctx.db.query<{ id: number }>(
    sql`select id from members where phone_hash = ${phoneHash} and status = 'active' order by id limit 1`,
  );
  const s = await createSession(ctx.db, {
    kind: 'member',
    memberId: member?.id ?? null,
    phoneHash,
    phoneCipher: ctx.services.pii.encrypt(phone),
    stage: 'full',
    ip: ctx.ip,
    userAgent,
  });
  await audit(ctx, {
    action: 'auth.member_login',
    actorId: member?.id ?? null,
    targetType: 'member',
    targetId: member?.id,
  });
  return { ...s, stage: 'full', kind: 'member' };
}
