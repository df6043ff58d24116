import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Space, Switch, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { UnionSelect } from '../components/UnionSelect';
import { useAct } from '../components/useAct';

const key = () => crypto.randomUUID().replaceAll('-', '');

/** Monthly issuance (one-off and standing plan), adjustments with a reason, member history, reconciliation. */
export default function Points() {
  const { t, lang } = useI18n();
  const [unionId, setUnionId] = useState<number | undefined>();
  const overview = useAsync(
    async () => (unionId ? call(api.GET('/api/points/issuance/{unionId}', { params: { path: { unionId } } })) : null),
    [unionId],
  );
  const act = useAct(overview.reload);
  const [memberId, setMemberId] = useState<number | null>(null);
  const history = useAsync(
    async () =>
      memberId
        ? call(api.GET('/api/points/members/{id}', { params: { path: { id: memberId }, query: { pageSize: 50 } } }))
        : null,
    [memberId],
  );
  const adjustAct = useAct(history.reload);
  const [reconcile, setReconcile] = useState<Awaited<ReturnType<typeof runReconcile>> | null>(null);
  const runReconcile = () => call(api.GET('/api/points/reconcile'));
  const adjustKey = useState(key)[0];
  const [adjustIdem, setAdjustIdem] = useState(adjustKey);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title={t('admin.points.issue')}>
        <UnionSelect value={unionId} onChange={setUnionId} />
        {unionId && (
          <>
            <Form
              layout="inline"
              style={{ marginTop: 12 }}
              initialValues={{ month: dayjs() }}
              onFinish={(v: { month: Dayjs; amountPerMember: number; reason: string }) =>
                act(() =>
                  call(
                    api.POST('/api/points/issuance', {
                      body: {
                        unionId,
                        month: v.month.format('YYYY-MM'),
                        amountPerMember: v.amountPerMember,
                        reason: v.reason,
                      },
                    }),
                  ),
                )
              }
            >
              <Form.Item name="month" label={t('admin.points.month')} rules={[{ required: true }]}>
                <DatePicker picker="month" />
              </Form.Item>
              <Form.Item name="amountPerMember" label={t('admin.points.amount')} rules={[{ required: true }]}>
                <InputNumber min={1} max={100000} precision={0} />
              </Form.Item>
              <Form.Item name="reason" label={t('admin.points.reason')} rules={[{ required: true, max: 200 }]}>
                <Input maxLength={200} />
              </Form.Item>
              <Button htmlType="submit" type="primary">
                {t('admin.points.issueNow')}
              </Button>
            </Form>
            <Form
              key={JSON.stringify(overview.data?.plan)}
              layout="inline"
              style={{ marginTop: 12 }}
              initialValues={overview.data?.plan ?? { active: true }}
              onFinish={(v: { amountPerMember: number; reason: string; active: boolean }) =>
                act(() =>
                  call(api.PUT('/api/points/issuance/{unionId}/plan', { params: { path: { unionId } }, body: v })),
                )
              }
            >
              <Typography.Text strong style={{ marginRight: 12 }}>
                {t('admin.points.plan')}
              </Typography.Text>
              <Form.Item name="amountPerMember" label={t('admin.points.amount')} rules={[{ required: true }]}>
                <InputNumber min={1} max={100000} precision={0} />
              </Form.Item>
              <Form.Item name="reason" label={t('admin.points.reason')} rules={[{ required: true, max: 200 }]}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="active" label={t('admin.points.planActive')} valuePropName="checked">
                <Switch />
              </Form.Item>
              <Button htmlType="submit">{t('common.save')}</Button>
            </Form>
            <Table
              style={{ marginTop: 12 }}
              rowKey="transactionId"
              size="small"
              dataSource={overview.data?.runs ?? []}
              pagination={false}
              columns={[
                { title: t('admin.points.month'), dataIndex: 'month' },
                { title: t('admin.points.reason'), dataIndex: 'reason' },
                { title: t('admin.points.members'), dataIndex: 'members' },
                { title: t('admin.points.total'), dataIndex: 'total' },
                { title: t('admin.applications.submittedAt'), render: (_, r) => new Date(r.at).toLocaleString(lang) },
              ]}
            />
          </>
        )}
      </Card>
      <Card title={t('admin.points.adjust')}>
        <Form
          layout="inline"
          onFinish={(v: { memberId: number; amount: number; reason: string }) =>
            adjustAct(async () => {
              await call(api.POST('/api/points/adjustments', { body: { ...v, idempotencyKey: adjustIdem } }));
              setAdjustIdem(key());
              setMemberId(v.memberId);
            })
          }
        >
          <Form.Item name="memberId" label={t('admin.points.memberId')} rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} onChange={(v) => setMemberId(typeof v === 'number' ? v : null)} />
          </Form.Item>
          <Form.Item name="amount" label={t('admin.points.amount')} rules={[{ required: true }]}>
            <InputNumber min={-1000000} max={1000000} precision={0} />
          </Form.Item>
          <Form.Item name="reason" label={t('admin.points.reason')} rules={[{ required: true, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Button htmlType="submit" type="primary">
            {t('common.save')}
          </Button>
        </Form>
        {history.error && <Typography.Text type="danger">{history.error.text(lang)}</Typography.Text>}
        {history.data && (
          <Table
            style={{ marginTop: 12 }}
            rowKey="id"
            size="small"
            title={() => `${t('points.balance')}：${history.data?.balance}`}
            dataSource={history.data.items}
            pagination={false}
            columns={[
              {
                title: t('admin.applications.submittedAt'),
                render: (_, i) => new Date(i.createdAt).toLocaleString(lang),
              },
              { title: t('admin.offers.kind'), render: (_, i) => t(`points.kind.${i.kind}` as MessageKey) },
              { title: t('admin.points.reason'), dataIndex: 'reason' },
              { title: t('admin.points.amount'), dataIndex: 'amount' },
            ]}
          />
        )}
      </Card>
      <Card title={t('admin.points.reconcile')}>
        <Button onClick={async () => setReconcile(await runReconcile())} data-testid="reconcile">
          {t('admin.points.reconcile')}
        </Button>
        {reconcile && (
          <Alert
            style={{ marginTop: 12 }}
            type={
              reconcile.mismatches.length || reconcile.negativeBalances || reconcile.ledgerSum ? 'error' : 'success'
            }
            message={
              reconcile.mismatches.length
                ? t('admin.points.reconcileBad', { n: reconcile.mismatches.length })
                : t('admin.points.reconcileOk', { n: reconcile.accounts })
            }
          />
        )}
      </Card>
    </Space>
  );
}
