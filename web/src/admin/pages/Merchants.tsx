import { Button, Card, Form, Input, InputNumber, Modal, Space, Statistic, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { UnionSelect } from '../components/UnionSelect';
import { useAct } from '../components/useAct';

/** Merchants that accept vouchers, and each union's yearly voucher budget. */
export default function Merchants() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const list = useAsync(() => call(api.GET('/api/merchants')), []);
  const act = useAct(list.reload);
  const [adding, setAdding] = useState(false);
  const [unionId, setUnionId] = useState<number | undefined>();
  const [year, setYear] = useState(new Date().getFullYear());
  const budget = useAsync(
    async () =>
      unionId ? call(api.GET('/api/budgets/{unionId}/{year}', { params: { path: { unionId, year } } })) : null,
    [unionId, year],
  );
  const budgetAct = useAct(budget.reload);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card
        title={t('admin.menu.merchants')}
        extra={
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('admin.merchants.new')}
          </Button>
        }
      >
        {list.error && <Typography.Text type="danger">{list.error.text(lang)}</Typography.Text>}
        <Table
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          columns={[
            { title: t('admin.merchants.name'), dataIndex: 'name' },
            { title: t('admin.merchants.address'), dataIndex: 'address' },
            { title: t('admin.offers.union'), render: (_, m) => m.union.name },
            {
              title: t('admin.merchants.active'),
              render: (_, m) => (
                <Switch
                  checked={m.active}
                  onChange={(active) =>
                    act(() =>
                      call(api.PATCH('/api/merchants/{id}', { params: { path: { id: m.id } }, body: { active } })),
                    )
                  }
                />
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('admin.budget.title')}>
        <Space wrap>
          <UnionSelect value={unionId} onChange={setUnionId} />
          <InputNumber
            value={year}
            min={2000}
            max={2100}
            onChange={(v) => v && setYear(v)}
            addonBefore={t('admin.budget.year')}
          />
        </Space>
        {budget.data && (
          <Space wrap size="large" style={{ marginTop: 16 }}>
            <Statistic title={t('admin.budget.amount')} value={budget.data.amountFen / 100} precision={2} />
            <Statistic title={t('admin.budget.committed')} value={budget.data.committedFen / 100} precision={2} />
            <Statistic title={t('admin.budget.left')} value={budget.data.leftFen / 100} precision={2} />
            {can('union.manage') && (
              <Form
                key={budget.data.amountFen}
                layout="inline"
                initialValues={{ yuan: budget.data.amountFen / 100 }}
                onFinish={(v: { yuan: number }) =>
                  budgetAct(() =>
                    call(
                      api.PUT('/api/budgets/{unionId}/{year}', {
                        params: { path: { unionId: unionId as number, year } },
                        body: { amountFen: Math.round(v.yuan * 100) },
                      }),
                    ),
                  )
                }
              >
                <Form.Item name="yuan" label={t('admin.budget.amount')} rules={[{ required: true }]}>
                  <InputNumber min={0} precision={2} />
                </Form.Item>
                <Button htmlType="submit">{t('common.save')}</Button>
              </Form>
            )}
          </Space>
        )}
      </Card>
      <Modal
        open={adding}
        title={t('admin.merchants.new')}
        onCancel={() => setAdding(false)}
        footer={null}
        destroyOnHidden
      >
        <Form
          layout="vertical"
          onFinish={async (v: { unionId: number; name: string; address?: string }) => {
            if (await act(() => call(api.POST('/api/merchants', { body: v })))) setAdding(false);
          }}
        >
          <Form.Item name="unionId" label={t('admin.offers.union')} rules={[{ required: true }]}>
            <UnionSelect />
          </Form.Item>
          <Form.Item name="name" label={t('admin.merchants.name')} rules={[{ required: true, max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="address" label={t('admin.merchants.address')}>
            <Input maxLength={200} />
          </Form.Item>
          <Button htmlType="submit" type="primary">
            {t('common.save')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
