// SMS goes through this interface. Development: codes land in the dev inbox table (and, in demo mode,
// the server log). Production: an HTTP adapter posts to the configured gateway.
import type { Config } from '../../config.js';
import type { Db } from '../db.js';
import { maskPhone } from '../mask.js';
import { sql } from '../sql.js';

export interface SmsMessage {
  phone: string;
  phoneHash: string;
  template:
    | 'login_code'
    | 'change_phone_code'
    | 'account_phone_code'
    | 'application_decided'
    | 'consultation_reminder'
    | 'assistance_reverify'
    /** A notice (platform/notify.ts): `text` is already rendered. */
    | 'notice';
  params: Record<string, string>;
  text?: string;
  /** Stable per message, so a gateway that de-duplicates drops a resend. */
  id?: string;
}

export interface SmsSender {
  send(message: SmsMessage): Promise<void>;
}

export function renderSms(message: SmsMessage): string {
  switch (message.template) {
    case 'login_code':
      return `【智工】您的登录验证码是 ${message.params.code}，5 分钟内有效。请勿告诉他人。`;
    case 'change_phone_code':
      return `【智工】您正在更换会员手机号，验证码 ${message.params.code}，5 分钟内有效。如非本人操作请忽略。`;
    case 'account_phone_code':
      return `【智工】您正在为工会工作账号设置提醒手机号，验证码 ${message.params.code}，5 分钟内有效。如非本人操作请忽略。`;
    case 'application_decided':
      return `【智工】您向${message.params.union}提交的入会申请${message.params.outcome}。详情请登录查看。`;
    case 'assistance_reverify':
      return `【智工】您的工会帮扶将于 ${message.params.due} 进行年度复核，请在此前通过应用或联系${message.params.union}更新家庭情况。`;
    case 'consultation_reminder':
      return `【智工】提醒：您预约的法律咨询（${message.params.lawyer}）将于 ${message.params.time} 开始，如不能参加请在应用内取消。`;
    case 'notice':
      return `【智工】${message.text ?? ''}`;
  }
}

export class DevSmsSender implements SmsSender {
  constructor(
    private readonly db: Db,
    private readonly log: (line: string) => void,
  ) {}
  async send(message: SmsMessage): Promise<void> {
    const body = renderSms(message);
    await this.db.query(
      sql`insert into dev_sms_outbox (phone_masked, phone_hash, body) values (${maskPhone(message.phone)}, ${message.phoneHash}, ${body})`,
    );
    this.log(`[dev sms] to ${maskPhone(message.phone)}: ${body}`);
  }
}

/**
 * Generic HTTP gateway adapter: POST {phone, template, params, text} as JSON with a bearer token.
 * Most Chinese SMS vendors are fronted by such a relay; a vendor-specific signer would replace this.
 */
export class HttpSmsSender implements SmsSender {
  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}
  async send(message: SmsMessage): Promise<void> {
    const response = await this.fetchImpl(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({
        phone: message.phone,
        template: message.template,
        params: message.params,
        text: renderSms(message),
        ...(message.id ? { id: message.id } : {}),
      }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
  }
}

export function createSmsSender(config: Config, db: Db, log: (line: string) => void): SmsSender {
  if (config.smsGatewayUrl) return new HttpSmsSender(config.smsGatewayUrl, config.smsGatewayToken);
  if (config.production) throw new Error('SMS_GATEWAY_URL must be set in production');
  return new DevSmsSender(db, log);
}
