import { App, Button, Card, Col, Result, Row, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { errorText } from '../components/errors';
import { ReminderPhoneCard } from '../components/ReminderPhone';
import { ChangePasswordForm, EnrolTotp } from './Login';

export default function Security() {
  const { t, lang } = useI18n();
  const { session, refresh } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      await refresh();
      message.success(t('common.saved'));
      setEnrolling(false);
    } catch (e) {
      message.error(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };
  const totpOn = !!session?.account?.totpEnabled;
  const sessions = useAsync(() => call(api.GET('/api/auth/sessions')), []);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12}>
        <Card title={t('admin.security.changePassword')}>
          <ChangePasswordForm
            busy={busy}
            onSubmit={(v) => run(() => call(api.POST('/api/auth/admin/password', { body: v })))}
          />
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card title={t('admin.menu.security')}>
          {totpOn ? (
            <Result status="success" title={t('admin.security.totpOn')} />
          ) : enrolling ? (
            <EnrolTotp
              busy={busy}
              onEnable={(code) => run(() => call(api.POST('/api/auth/totp/enable', { body: { code } })))}
            />
          ) : (
            <Result
              status="warning"
              title={t('admin.security.totpOff')}
              extra={
                <Button type="primary" onClick={() => setEnrolling(true)}>
                  {t('admin.security.enable')}
                </Button>
              }
            />
          )}
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <ReminderPhoneCard />
      </Col>
      <Col xs={24}>
        <Card
          title={t('admin.security.sessions')}
          extra={
            <Button
              onClick={() =>
                run(async () => {
                  await call(api.POST('/api/auth/sessions/{sid}/end', { params: { path: { sid: 'others' } } }));
                  await sessions.reload();
                })
              }
            >
              {t('admin.security.endOthers')}
            </Button>
          }
        >
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={sessions.data?.items ?? []}
            columns={[
              { title: t('admin.security.ip'), dataIndex: 'ip' },
              {
                title: t('admin.security.device'),
                ellipsis: { showTitle: false },
                render: (_, x) => (
                  <span translate="no" title={x.userAgent ?? undefined}>
                    {x.userAgent}
                  </span>
                ),
              },
              { title: t('admin.security.lastSeen'), render: (_, x) => new Date(x.lastSeenAt).toLocaleString(lang) },
              {
                title: '',
                render: (_, x) => (x.current ? <Tag color="green">{t('admin.security.current')}</Tag> : null),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
