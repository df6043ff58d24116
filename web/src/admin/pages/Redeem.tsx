import { Alert, Button, Card, Descriptions, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { errorText } from '../components/errors';

type Redemption = Awaited<ReturnType<typeof check>>;
const check = (code: string) => call(api.POST('/api/merchant/verify', { body: { code } }));

/** The merchant's till: type or scan a voucher code, check it, redeem it once. */
export default function Redeem() {
  const { t, lang } = useI18n();
  const [code, setCode] = useState('');
  const [found, setFound] = useState<Redemption | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const recent = useAsync(() => call(api.GET('/api/merchant/redemptions')), []);
  const run = async (fn: () => Promise<Redemption>, okText?: string) => {
    try {
      const r = await fn();
      setFound(r);
      setMessage(okText ? { ok: true, text: okText } : null);
      if (okText) void recent.reload();
    } catch (e) {
      setFound(null);
      setMessage({ ok: false, text: errorText(e, lang) });
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title={t('admin.redeem.title')} className="a-checkin">
        <Space.Compact style={{ width: '100%' }}>
          <Input
            size="large"
            placeholder={t('admin.redeem.code')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            data-testid="redeem-code"
          />
          <Button size="large" onClick={() => run(() => check(code))}>
            {t('admin.redeem.verify')}
          </Button>
        </Space.Compact>
        {message && <Alert style={{ marginTop: 12 }} type={message.ok ? 'success' : 'error'} message={message.text} />}
        {found && (
          <>
            <Descriptions style={{ marginTop: 12 }} column={1} size="small">
              <Descriptions.Item label={t('admin.redeem.code')}>{found.code}</Descriptions.Item>
              <Descriptions.Item label={t('admin.offers.title')}>{found.offerTitle}</Descriptions.Item>
              <Descriptions.Item label={t('admin.offers.faceValue')}>
                {(found.faceValueFen / 100).toFixed(2)}
              </Descriptions.Item>
              <Descriptions.Item label={t('admin.offer.member')}>{found.member}</Descriptions.Item>
              <Descriptions.Item label={t('admin.offers.status')}>
                <Tag color={found.status === 'valid' ? 'green' : 'default'}>{t(`wallet.${found.status}`)}</Tag>
              </Descriptions.Item>
            </Descriptions>
            {found.status === 'valid' && (
              <Button
                block
                size="large"
                type="primary"
                onClick={() =>
                  run(() => call(api.POST('/api/merchant/redeem', { body: { code } })), t('admin.redeem.ok'))
                }
                data-testid="redeem"
              >
                {t('admin.redeem.redeem')}
              </Button>
            )}
          </>
        )}
      </Card>
      <Card title={t('admin.redeem.recent')}>
        <Table
          rowKey="code"
          size="small"
          dataSource={recent.data?.items ?? []}
          pagination={false}
          columns={[
            { title: t('admin.redeem.code'), dataIndex: 'code' },
            { title: t('admin.offers.title'), dataIndex: 'offerTitle' },
            { title: t('admin.offer.member'), dataIndex: 'member' },
            {
              title: t('admin.applications.submittedAt'),
              render: (_, r) => (r.redeemedAt ? new Date(r.redeemedAt).toLocaleString(lang) : ''),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
