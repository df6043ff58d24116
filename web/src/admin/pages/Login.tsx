import { App, Button, Card, Form, Image, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { errorText } from '../components/errors';

/** Sign-in in steps: password → authenticator code → forced password change → authenticator enrolment. */
export default function Login() {
  const { t, lang, toggle } = useI18n();
  const { session, refresh } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const stage = session?.kind === 'admin' ? session.stage : null;

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      await refresh();
    } catch (e) {
      message.error(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="a-login">
      <Card
        title={
          <Space direction="vertical" size={0}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('admin.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('admin.login.title')}</Typography.Text>
          </Space>
        }
        extra={<Button onClick={toggle}>{t('lang.switch')}</Button>}
      >
        {stage === 'mfa' ? (
          <Form
            layout="vertical"
            onFinish={(v: { code: string }) => run(() => call(api.POST('/api/auth/admin/totp', { body: v })))}
          >
            <Form.Item name="code" label={t('admin.login.totp')} rules={[{ required: true, len: 6 }]}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('admin.login.totpSubmit')}
            </Button>
          </Form>
        ) : stage === 'password_change' ? (
          <ChangePasswordForm
            busy={busy}
            onSubmit={(v) => run(() => call(api.POST('/api/auth/admin/password', { body: v })))}
          />
        ) : stage === 'mfa_enrol' ? (
          <EnrolTotp
            busy={busy}
            onEnable={(code) => run(() => call(api.POST('/api/auth/totp/enable', { body: { code } })))}
          />
        ) : (
          <Form
            layout="vertical"
            onFinish={(v: { username: string; password: string }) =>
              run(() => call(api.POST('/api/auth/admin/login', { body: v })))
            }
          >
            <Form.Item name="username" label={t('admin.login.username')} rules={[{ required: true }]}>
              <Input autoComplete="username" />
            </Form.Item>
            <Form.Item name="password" label={t('admin.login.password')} rules={[{ required: true }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('admin.login.submit')}
            </Button>
          </Form>
        )}
      </Card>
    </div>
  );
}

export function ChangePasswordForm(props: {
  busy: boolean;
  onSubmit: (v: { currentPassword: string; newPassword: string }) => void;
}) {
  const { t } = useI18n();
  return (
    <Form layout="vertical" onFinish={props.onSubmit}>
      <Typography.Paragraph>{t('admin.login.changePassword')}</Typography.Paragraph>
      <Form.Item name="currentPassword" label={t('admin.login.currentPassword')} rules={[{ required: true }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('admin.login.newPassword')}
        extra={t('admin.login.newPasswordHint')}
        rules={[{ required: true, min: 8 }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={props.busy}>
        {t('common.save')}
      </Button>
    </Form>
  );
}

export function EnrolTotp(props: { busy: boolean; onEnable: (code: string) => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [setup, setSetup] = useState<{ secret: string; qrDataUrl: string } | null>(null);
  useEffect(() => {
    call(api.POST('/api/auth/totp/setup'))
      .then(setSetup)
      .catch((e) => message.error(errorText(e, lang)));
  }, [lang, message]);
  return (
    <Form layout="vertical" onFinish={(v: { code: string }) => props.onEnable(v.code)}>
      <Typography.Paragraph strong>{t('admin.login.enrol')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('admin.login.enrolHint')}</Typography.Paragraph>
      {setup && (
        <Space direction="vertical" align="center" style={{ width: '100%', marginBottom: 12 }}>
          <Image src={setup.qrDataUrl} width={180} preview={false} alt="TOTP QR" />
          <Typography.Text code copyable>
            {setup.secret}
          </Typography.Text>
        </Space>
      )}
      <Form.Item name="code" label={t('admin.login.totp')} rules={[{ required: true, len: 6 }]}>
        <Input inputMode="numeric" maxLength={6} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={props.busy} disabled={!setup}>
        {t('admin.login.totpSubmit')}
      </Button>
    </Form>
  );
}
