import { Button, Input, List, Toast } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { ApiError, api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';

interface InboxItem {
  id: number;
  phone: string;
  body: string;
}

export default function Login() {
  const { t, lang, toggle } = useI18n();
  const { session, refresh } = useSession();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [countdown, setCountdown] = useState(0);
  const [busy, setBusy] = useState(false);
  const [inbox, setInbox] = useState<InboxItem[] | null>(null);

  useEffect(() => {
    if (countdown <= 0) return;
    const timer = setTimeout(() => setCountdown(countdown - 1), 1000);
    return () => clearTimeout(timer);
  }, [countdown]);

  const showError = (e: unknown) =>
    Toast.show({ icon: 'fail', content: e instanceof ApiError ? e.text(lang) : String(e) });

  const loadInbox = async () => {
    if (!session?.demo) return;
    // The dev inbox exists only in demo mode, so it is not part of the generated client.
    const res = await fetch('/api/dev/sms-inbox', { credentials: 'same-origin' });
    if (res.ok) setInbox(((await res.json()) as { items: InboxItem[] }).items.slice(0, 3));
  };

  const send = async () => {
    try {
      const res = await call(api.POST('/api/auth/sms/request', { body: { phone } }));
      setCountdown(res.retryAfterSeconds);
      Toast.show({ icon: 'success', content: t('member.login.sent') });
      await loadInbox();
    } catch (e) {
      showError(e);
    }
  };

  const submit = async () => {
    setBusy(true);
    try {
      await call(api.POST('/api/auth/member/login', { body: { phone, code } }));
      await refresh();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="m-hero">
        <button type="button" className="m-lang" onClick={toggle}>
          {t('lang.switch')}
        </button>
        <h1>{t('app.name')}</h1>
        <p>{t('app.tagline')}</p>
      </div>
      <div className="m-panel">
        {/* A plain form: antd-mobile's Form (a validation library) would double what a first visit downloads. */}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <List header={t('member.login.title')}>
            <List.Item prefix={<span className="m-login-label">{t('member.login.phone')}</span>}>
              <Input
                aria-label={t('member.login.phone')}
                type="tel"
                inputMode="tel"
                placeholder={t('member.login.phonePlaceholder')}
                value={phone}
                onChange={setPhone}
                clearable
                maxLength={20}
              />
            </List.Item>
            <List.Item
              prefix={<span className="m-login-label">{t('member.login.code')}</span>}
              extra={
                <Button size="small" color="primary" fill="none" disabled={!phone || countdown > 0} onClick={send}>
                  {countdown > 0 ? t('member.login.resend', { s: countdown }) : t('member.login.send')}
                </Button>
              }
            >
              <Input
                aria-label={t('member.login.code')}
                inputMode="numeric"
                placeholder={t('member.login.codePlaceholder')}
                value={code}
                onChange={(v) => setCode(v.replace(/\D/g, '').slice(0, 6))}
                maxLength={6}
              />
            </List.Item>
          </List>
          <div style={{ padding: '12px 16px' }}>
            <Button
              block
              type="submit"
              color="primary"
              size="large"
              loading={busy}
              disabled={!phone || code.length < 6}
            >
              {t('member.login.submit')}
            </Button>
          </div>
        </form>
      </div>
      {session?.demo && (
        <div className="m-inbox" data-testid="dev-inbox">
          <strong>{t('member.login.devInbox')}</strong>
          {inbox === null || inbox.length === 0 ? (
            <div>{t('member.login.devInboxEmpty')}</div>
          ) : (
            inbox.map((m) => (
              <div key={m.id}>
                {m.phone}：{m.body}
              </div>
            ))
          )}
        </div>
      )}
    </>
  );
}
