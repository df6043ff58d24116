// 点单服务 in the console: the order queue of the caller's subtree (waiting ones first, by deadline; escalated ones
// marked and filterable, as 待办 links here), the service menus, and the volunteer points rules.
import { Button, Drawer, Form, Input, Select, Space, Switch, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { StationSelect } from '../../admin/components/StationSelect';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { useAct } from '../../admin/components/useAct';
import { ListPage, usePagedList } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { volunteers } from '../../api/enums';
import { useI18n } from '../../i18n';
import { chinaMoment, specialtyKey, statusKey } from './format';
import { OrderDrawer } from './OrderDrawer';
import { RulesTab } from './RulesTab';

type Status = (typeof volunteers.orderStatuses)[number];
type Specialty = (typeof volunteers.specialties)[number];

export default function ServiceOrdersPage() {
  const { t } = useI18n();
  return (
    <Tabs
      items={[
        { key: 'orders', label: t('volunteers.orders'), children: <Orders /> },
        { key: 'items', label: t('volunteers.items'), children: <Items /> },
        { key: 'rules', label: t('volunteers.rules'), children: <RulesTab /> },
      ]}
    />
  );
}

function Orders() {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  const [status, setStatus] = useState<Status | undefined>();
  const [escalated, setEscalated] = useState(params.get('escalated') === 'true');
  const [open, setOpen] = useState<number | null>(null);
  const list = usePagedList(
    (page, pageSize) =>
      call(
        api.GET('/api/service-orders', {
          params: { query: { status, escalated: escalated ? 'true' : undefined, page, pageSize } },
        }),
      ),
    [status, escalated],
  );
  const now = Date.now();
  return (
    <>
      <ListPage
        title={t('volunteers.orders')}
        hint={t('volunteers.ordersHint')}
        list={list}
        empty={t('volunteers.noOrders')}
        onOpen={(row) => setOpen(row.id)}
        scrollX={1000}
        filters={
          <Space wrap>
            <Select<Status | undefined>
              allowClear
              style={{ width: 140 }}
              placeholder={t('volunteers.allStatuses')}
              value={status}
              onChange={setStatus}
              options={volunteers.orderStatuses.map((s) => ({ value: s, label: t(statusKey(s)) }))}
            />
            <Switch checked={escalated} onChange={setEscalated} data-testid="orders-escalated" />
            {t('volunteers.escalatedOnly')}
          </Space>
        }
        columns={[
          { title: t('volunteers.service'), render: (_, o) => o.service.name },
          { title: t('volunteers.union'), render: (_, o) => o.union.name },
          { title: t('volunteers.requester'), dataIndex: 'requesterName', width: 100 },
          { title: t('volunteers.wantedAt'), width: 130, render: (_, o) => chinaMoment(o.wantedAt, lang) },
          { title: t('volunteers.place'), dataIndex: 'place' },
          {
            title: t('volunteers.status'),
            width: 150,
            render: (_, o) => (
              <Space size={4}>
                <Tag color={o.status === 'placed' ? 'blue' : o.status === 'confirmed' ? 'green' : 'default'}>
                  {t(statusKey(o.status))}
                </Tag>
                {o.status === 'placed' && o.escalated && <Tag color="red">{t('volunteers.escalated')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('volunteers.takeBy'),
            width: 130,
            render: (_, o) =>
              o.status === 'placed' ? (
                <Typography.Text type={new Date(o.takeBy).getTime() < now ? 'danger' : undefined}>
                  {chinaMoment(o.takeBy, lang)}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          { title: t('volunteers.team'), render: (_, o) => o.team?.name ?? '—' },
          { title: t('volunteers.rating'), width: 70, render: (_, o) => (o.rating ? `${o.rating}★` : '—') },
        ]}
      />
      <OrderDrawer id={open} onClose={() => setOpen(null)} onChanged={list.reload} />
    </>
  );
}

interface ItemValues {
  unionId: number;
  stationId?: number | null;
  name: string;
  specialty: Specialty;
  description?: string;
  takeWithinMinutes: number;
}

function Items() {
  const { t } = useI18n();
  const [creating, setCreating] = useState(false);
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/service-items', { params: { query: { page, pageSize } } })),
    [],
  );
  const act = useAct(list.reload);
  const setStatus = (id: number, status: 'active' | 'retired') =>
    act(
      () => call(api.PATCH('/api/service-items/{id}', { params: { path: { id } }, body: { status } })),
      status === 'retired' ? 'volunteers.itemRetired' : 'volunteers.itemRestored',
    );
  return (
    <>
      <ListPage
        title={t('volunteers.items')}
        hint={t('volunteers.itemsHint')}
        list={list}
        empty={t('volunteers.noItems')}
        extra={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="item-new">
            {t('volunteers.newItem')}
          </Button>
        }
        columns={[
          { title: t('volunteers.service'), dataIndex: 'name' },
          { title: t('volunteers.specialty'), width: 100, render: (_, i) => t(specialtyKey(i.specialty)) },
          { title: t('volunteers.union'), render: (_, i) => i.union.name },
          { title: t('volunteers.station'), render: (_, i) => i.station?.name ?? t('volunteers.anywhere') },
          {
            title: t('volunteers.takeWithin'),
            width: 120,
            render: (_, i) => t('volunteers.hours', { n: Math.round((i.takeWithinMinutes / 60) * 10) / 10 }),
          },
          {
            title: t('volunteers.status'),
            width: 90,
            render: (_, i) => (
              <Tag color={i.status === 'active' ? 'green' : 'default'}>{t(`volunteers.itemStatus.${i.status}`)}</Tag>
            ),
          },
          {
            title: t('common.actions'),
            width: 100,
            render: (_, i) =>
              i.status === 'active' ? (
                <Button size="small" danger onClick={() => void setStatus(i.id, 'retired')}>
                  {t('volunteers.retire')}
                </Button>
              ) : (
                <Button size="small" onClick={() => void setStatus(i.id, 'active')}>
                  {t('volunteers.restore')}
                </Button>
              ),
          },
        ]}
      />
      <NewItem open={creating} onClose={() => setCreating(false)} onCreated={list.reload} />
    </>
  );
}

function NewItem(props: { open: boolean; onClose: () => void; onCreated: () => Promise<void> }) {
  const { t } = useI18n();
  const [form] = Form.useForm<ItemValues>();
  const act = useAct(props.onCreated);
  const submit = async (v: ItemValues) => {
    if (await act(() => call(api.POST('/api/service-items', { body: v })), 'volunteers.itemCreated')) {
      form.resetFields();
      props.onClose();
    }
  };
  return (
    <Drawer open={props.open} onClose={props.onClose} title={t('volunteers.newItem')} width={480} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ specialty: 'repair', takeWithinMinutes: 480 }}
      >
        <Form.Item
          name="unionId"
          label={t('volunteers.union')}
          rules={[{ required: true, message: t('volunteers.unionRequired') }]}
        >
          <UnionSelect />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('volunteers.service')}
          rules={[{ required: true, max: 50, message: t('volunteers.nameRequired') }]}
        >
          <Input maxLength={50} data-testid="item-name" />
        </Form.Item>
        <Form.Item name="stationId" label={t('volunteers.station')} extra={t('volunteers.itemStationHint')}>
          <StationSelect placeholder={t('volunteers.anywhere')} />
        </Form.Item>
        <Form.Item name="specialty" label={t('volunteers.specialty')} extra={t('volunteers.specialtyHint')}>
          <Select options={volunteers.specialties.map((s) => ({ value: s, label: t(specialtyKey(s)) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('volunteers.description')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item name="takeWithinMinutes" label={t('volunteers.takeWithin')} extra={t('volunteers.takeWithinHint')}>
          <Select
            options={[60, 120, 240, 480, 960, 2400].map((m) => ({
              value: m,
              label: t('volunteers.hours', { n: m / 60 }),
            }))}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="item-save">
            {t('volunteers.newItem')}
          </Button>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
