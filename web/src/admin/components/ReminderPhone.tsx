// The cadre's own phone for text reminders (a document's 催办): shown masked; set with a code sent to it, as a
// member changes their phone; removed with a confirmation.
import { App, Button, Card, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { errorText } from './errors';

export function ReminderPhoneCard() {
  const { t, lang } = useI18n();
  const { session, refresh } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ phone: string; code: string }>();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [countdown, setCountdown] = useState(0);
  useEffect(() => {
    if (countdown <= 0) return;
    const timer = setTimeout(() => setCountdown(countdown - 1), 1000);
    return () => clearTimeout(timer);
  }, [countdown]);
  const current = session?.account?.phone ?? null;

  const attempt = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await fn();
      message.success(done);
      return true;
    } catch (e) {
      message.error(errorText(e, lang));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const sendCode = async () => {
    const { phone } = await form.validateFields(['phone']);
    const sent = await attempt(
      () => call(api.POST('/api/auth/phone/code', { body: { phone } })),
      t('admin.security.phone.codeSent'),
    );
    if (sent) setCountdown(60);
  };
  const save = async (v: { phone: string; code: string }) => {
    const saved = await attempt(() => call(api.PUT('/api/auth/phone', { body: v })), t('common.saved'));
    if (!saved) return;
    await refresh();
    form.resetFields();
    setEditing(false);
  };
  const remove = async () => {
    if (await attempt(() => call(api.DELETE('/api/auth/phone')), t('common.saved'))) await refresh();
  };

  return (
    <Card title={t('admin.security.phone.title')}>
      <Typography.Paragraph type="secondary">{t('admin.security.phone.why')}</Typography.Paragraph>
      {!editing && (
        <Space wrap>
          <span data-testid="reminder-phone">{current ?? t('admin.security.phone.none')}</span>
          <Button type={current ? 'default' : 'primary'} onClick={() => setEditing(true)}>
            {current ? t('admin.security.phone.change') : t('admin.security.phone.set')}
          </Button>
          {current && (
            <Popconfirm title={t('admin.security.phone.removeConfirm')} onConfirm={remove}>
              <Button danger disabled={busy}>
                {t('admin.security.phone.remove')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      {editing && (
        <Form form={form} layout="vertical" onFinish={save} disabled={busy}>
          <Form.Item
            name="phone"
            label={t('admin.security.phone.number')}
            rules={[{ required: true, message: t('admin.security.phone.number') }]}
          >
            <Input inputMode="tel" maxLength={20} autoComplete="tel" />
          </Form.Item>
          <Form.Item label={t('admin.security.phone.code')} required>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="code" noStyle rules={[{ required: true, message: t('admin.security.phone.code') }]}>
                <Input
                  inputMode="numeric"
                  maxLength={6}
                  autoComplete="one-time-code"
                  aria-label={t('admin.security.phone.code')}
                />
              </Form.Item>
              <Button onClick={sendCode} disabled={countdown > 0}>
                {countdown > 0 ? t('admin.security.phone.resendIn', { n: countdown }) : t('admin.security.phone.send')}
              </Button>
            </Space.Compact>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="reminder-phone-save">
              {t('common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
