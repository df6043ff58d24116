// Volunteer activities in the console: those of the caller's subtree, setting one up (places from an activity offer
// when limited), and one activity's drawer: the QR poster to print for the place, who signed up with their check-in,
// check-out and hours, and confirming (or rejecting) the checked-out hours, which alone makes them count.
import { Button, DatePicker, Descriptions, Drawer, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { StationSelect } from '../../admin/components/StationSelect';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { useAct } from '../../admin/components/useAct';
import { ListPage, usePagedList } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { chinaMoment } from './format';

export function ActivitiesTab() {
  const { t, lang } = useI18n();
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/volunteer-activities', { params: { query: { page, pageSize } } })),
    [],
  );
  return (
    <>
      <ListPage
        title={t('volunteers.activities')}
        hint={t('volunteers.activitiesHint')}
        list={list}
        empty={t('volunteers.noActivities')}
        onOpen={(row) => setOpen(row.id)}
        extra={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="activity-new">
            {t('volunteers.newActivity')}
          </Button>
        }
        columns={[
          { title: t('volunteers.activityTitle'), dataIndex: 'title' },
          { title: t('volunteers.union'), render: (_, a) => a.team?.name ?? a.union.name },
          {
            title: t('volunteers.when'),
            width: 220,
            render: (_, a) => `${chinaMoment(a.startsAt, lang)} – ${chinaMoment(a.endsAt, lang)}`,
          },
          { title: t('volunteers.place'), render: (_, a) => (a.station ? `${a.station.name} · ${a.place}` : a.place) },
          {
            title: t('volunteers.places'),
            width: 110,
            render: (_, a) => (a.offer ? a.offer.title : t('volunteers.openPlaces')),
          },
          { title: t('volunteers.signed'), dataIndex: 'signed', width: 80 },
          { title: t('volunteers.confirmedHours'), dataIndex: 'confirmedHours', width: 100 },
        ]}
      />
      <NewActivity open={creating} onClose={() => setCreating(false)} onCreated={list.reload} />
      <Drawer
        open={open !== null}
        onClose={() => setOpen(null)}
        title={t('volunteers.activity')}
        width={720}
        destroyOnHidden
      >
        {open !== null && <Activity id={open} onChanged={list.reload} />}
      </Drawer>
    </>
  );
}

interface Values {
  unionId: number;
  title: string;
  stationId?: number | null;
  place: string;
  description?: string;
  when: [Dayjs, Dayjs];
  offerId?: number;
}

function NewActivity(props: { open: boolean; onClose: () => void; onCreated: () => Promise<void> }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const act = useAct(props.onCreated);
  const offers = useAsync(
    () => call(api.GET('/api/offers', { params: { query: { kind: 'activity', pageSize: 100 } } })),
    [props.open],
  );
  const submit = async ({ when, ...v }: Values) => {
    const ok = await act(
      () =>
        call(
          api.POST('/api/volunteer-activities', {
            body: { ...v, startsAt: when[0].toISOString(), endsAt: when[1].toISOString() },
          }),
        ),
      'volunteers.activityCreated',
    );
    if (ok) {
      form.resetFields();
      props.onClose();
    }
  };
  return (
    <Drawer open={props.open} onClose={props.onClose} title={t('volunteers.newActivity')} width={520} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="unionId"
          label={t('volunteers.union')}
          rules={[{ required: true, message: t('volunteers.unionRequired') }]}
        >
          <UnionSelect />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('volunteers.activityTitle')}
          rules={[{ required: true, max: 50, message: t('volunteers.nameRequired') }]}
        >
          <Input maxLength={50} data-testid="activity-title" />
        </Form.Item>
        <Form.Item name="stationId" label={t('volunteers.station')} extra={t('volunteers.activityStationHint')}>
          <StationSelect
            placeholder={t('volunteers.noStation')}
            onPick={(s) => {
              // The place is filled in from the station (and can still be made more exact, e.g. the room).
              if (s) form.setFieldValue('place', `${s.name} ${s.address}`.slice(0, 100));
            }}
          />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('volunteers.place')}
          rules={[{ required: true, max: 100, message: t('volunteers.nameRequired') }]}
        >
          <Input maxLength={100} data-testid="activity-place" />
        </Form.Item>
        <Form.Item
          name="when"
          label={t('volunteers.when')}
          rules={[{ required: true, message: t('volunteers.whenRequired') }]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(d) => d.isBefore(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item name="description" label={t('volunteers.description')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="offerId" label={t('volunteers.places')} extra={t('volunteers.placesHint')}>
          <Select
            allowClear
            placeholder={t('volunteers.openPlaces')}
            options={(offers.data?.items ?? []).map((o) => ({ value: o.id, label: o.title }))}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="activity-save">
            {t('volunteers.newActivity')}
          </Button>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}

function Activity({ id, onChanged }: { id: number; onChanged: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const activity = useAsync(() => call(api.GET('/api/volunteer-activities/{id}', { params: { path: { id } } })), [id]);
  const signups = useAsync(
    () => call(api.GET('/api/volunteer-activities/{id}/signups', { params: { path: { id } } })),
    [id],
  );
  const poster = useAsync(
    () => call(api.GET('/api/volunteer-activities/{id}/poster', { params: { path: { id } } })),
    [id],
  );
  const [png, setPng] = useState<string | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  useEffect(() => {
    if (poster.data)
      void QRCode.toDataURL(`${location.origin}${poster.data.path}`, { margin: 1, width: 360 }).then(setPng);
  }, [poster.data]);
  const act = useAct(async () => {
    setPicked([]);
    await Promise.all([activity.reload(), signups.reload(), onChanged()]);
  });
  const decide = (approve: boolean, ids?: number[]) =>
    act(
      () =>
        call(api.POST('/api/volunteer-activities/{id}/hours', { params: { path: { id } }, body: { approve, ids } })),
      (r) => t(approve ? 'volunteers.hoursConfirmed' : 'volunteers.hoursRejected', { n: r.count }),
    );
  const a = activity.data;
  if (!a) return null;
  const waiting = (signups.data?.items ?? []).filter((s) => s.status === 'checked_out');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="activity-drawer">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('volunteers.activityTitle')}>{a.title}</Descriptions.Item>
        <Descriptions.Item label={t('volunteers.when')}>
          {chinaMoment(a.startsAt, lang)} – {chinaMoment(a.endsAt, lang)}
        </Descriptions.Item>
        {a.station && <Descriptions.Item label={t('volunteers.station')}>{a.station.name}</Descriptions.Item>}
        <Descriptions.Item label={t('volunteers.place')}>{a.place}</Descriptions.Item>
        <Descriptions.Item label={t('volunteers.poster')}>
          <Space direction="vertical">
            {png && <img src={png} alt={t('volunteers.poster')} width={180} height={180} data-testid="activity-qr" />}
            <Typography.Text type="secondary">{t('volunteers.posterHint')}</Typography.Text>
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <Space>
        <Button
          type="primary"
          disabled={waiting.length === 0}
          onClick={() => void decide(true, picked.length ? picked : undefined)}
          data-testid="hours-confirm"
        >
          {picked.length
            ? t('volunteers.confirmPicked', { n: picked.length })
            : t('volunteers.confirmAll', { n: waiting.length })}
        </Button>
        <Button danger disabled={picked.length === 0} onClick={() => void decide(false, picked)}>
          {t('volunteers.rejectPicked')}
        </Button>
      </Space>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={signups.data?.items ?? []}
        locale={{ emptyText: t('volunteers.noSignups') }}
        rowSelection={{
          selectedRowKeys: picked,
          onChange: (keys) => setPicked(keys.map(Number)),
          getCheckboxProps: (s) => ({ disabled: s.status !== 'checked_out' }),
        }}
        columns={[
          { title: t('volunteers.name'), dataIndex: 'name' },
          { title: t('volunteers.phone'), dataIndex: 'phone' },
          { title: t('volunteers.checkin'), render: (_, s) => (s.checkinAt ? chinaMoment(s.checkinAt, lang) : '—') },
          { title: t('volunteers.checkout'), render: (_, s) => (s.checkoutAt ? chinaMoment(s.checkoutAt, lang) : '—') },
          { title: t('volunteers.hoursField'), render: (_, s) => s.hours ?? '—' },
          { title: t('volunteers.status'), render: (_, s) => <Tag>{t(`volunteers.hoursStatus.${s.status}`)}</Tag> },
          { title: t('volunteers.award'), render: (_, s) => s.points ?? '—' },
        ]}
      />
    </Space>
  );
}
