// A cadre's own phone for text reminders (a document's 催办 reaches the receiving union's cadres by text). Given
// on the console's security page and proved by a code sent to it, as a member proves a new phone; stored encrypted
// with its keyed hash, shown masked, and every change audited. Without one, reminders stay in the console's 待办.
import { requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { maskPhone } from '../../platform/mask.js';
import { storeAccountPhone } from '../accounts/accounts.credentials.js';
import { consumeCode, issueCode } from './auth.member-login.js';

export async function sendAccountPhoneCode(ctx: Ctx, { phone }: { phone: string }) {
  requireAdmin(ctx.actor);
  return issueCode(ctx, { phoneInput: phone, purpose: 'account_phone' });
}

export async function setAccountPhone(ctx: Ctx, { phone, code }: { phone: string; code: string }) {
  const admin = requireAdmin(ctx.actor);
  const proved = await consumeCode(ctx, { phoneInput: phone, codeInput: code, purpose: 'account_phone' });
  await transaction(ctx, async (ctx) => {
    await storeAccountPhone(ctx.db, {
      accountId: admin.accountId,
      phone: { cipher: ctx.services.pii.encrypt(proved.phone), hash: proved.phoneHash },
    });
    await audit(ctx, { action: 'auth.phone_set', targetType: 'account', targetId: admin.accountId });
  });
  return { phone: maskPhone(proved.phone) };
}

export async function clearAccountPhone(ctx: Ctx) {
  const admin = requireAdmin(ctx.actor);
  await transaction(ctx, async (ctx) => {
    await storeAccountPhone(ctx.db, { accountId: admin.accountId, phone: null });
    await audit(ctx, { action: 'auth.phone_clear', targetType: 'account', targetId: admin.accountId });
  });
  return { phone: null };
}
