// A station's rooms and their bookings in the console: a new room, and the bookings not over yet (or of a day)
// with approve, reject and check-in.
import {
  Button,
  Card,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  TimePicker,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ReasonModal } from '../../admin/components/ReasonModal';
import { useAct } from '../../admin/components/useAct';
import { serverPagination } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';

interface RoomValues {
  name: string;
  capacity: number;
  slotMinutes: number;
  weekdays: number[];
  span: [Dayjs, Dayjs];
  horizonDays: number;
  releaseTime: Dayjs;
  perMemberLimit: number;
  cancelHours: number;
  needsApproval: boolean;
}

export function Rooms({ stationId }: { stationId: number }) {
  const { t, lang } = useI18n();
  const path = { params: { path: { id: stationId } } };
  const rooms = useAsync(() => call(api.GET('/api/stations/{id}/rooms', path)), [stationId]);
  // No day chosen: the bookings not over yet, soonest first.
  const [day, setDay] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const bookings = useAsync(
    () =>
      call(
        api.GET('/api/stations/{id}/bookings', {
          params: { path: { id: stationId }, query: { day: day ?? undefined, page } },
        }),
      ),
    [stationId, day, page],
  );
  const [adding, setAdding] = useState(false);
  const [rejecting, setRejecting] = useState<number | null>(null);
  const act = useAct(bookings.reload);
  const addAct = useAct(rooms.reload);
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(lang, { month: '2-digit', day: '2-digit', timeZone: 'Asia/Shanghai' });
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(lang, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Shanghai',
    });
  const decide = (id: number, what: 'approve' | 'check-in') =>
    act(
      () =>
        what === 'approve'
          ? call(api.POST('/api/room-bookings/{id}/approve', { params: { path: { id } } }))
          : call(api.POST('/api/room-bookings/{id}/check-in', { params: { path: { id } } })),
      what === 'approve' ? 'st.approved' : 'st.checkedIn',
    );
  return (
    <>
      <Card
        size="small"
        title={t('st.rooms')}
        extra={<Button onClick={() => setAdding(true)}>{t('st.addRoom')}</Button>}
        style={{ marginBottom: 12 }}
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={rooms.data?.items ?? []}
          locale={{ emptyText: t('st.noRooms') }}
          columns={[
            { title: t('st.roomName'), dataIndex: 'name' },
            { title: t('st.capacity'), dataIndex: 'capacity' },
            { title: t('st.slotMinutes'), dataIndex: 'slotMinutes' },
            { title: t('st.dayOpens'), render: (_, r) => `${r.dayOpens}–${r.dayCloses}` },
            {
              title: t('st.horizonDays'),
              render: (_, r) => `${r.horizonDays} · ${r.releaseTime}`,
            },
            { title: t('st.needsApproval'), render: (_, r) => (r.needsApproval ? '✓' : '') },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('st.bookings')}
        extra={
          <DatePicker
            value={day ? dayjs(day) : null}
            placeholder={t('st.upcoming')}
            onChange={(d) => {
              setDay(d ? d.format('YYYY-MM-DD') : null);
              setPage(1);
            }}
          />
        }
      >
        <Table
          size="small"
          rowKey="id"
          dataSource={bookings.data?.items ?? []}
          loading={bookings.loading}
          locale={{ emptyText: t('st.noBookings') }}
          pagination={serverPagination(t, {
            current: page,
            pageSize: 20,
            total: bookings.data?.total ?? 0,
            onChange: setPage,
          })}
          data-testid="st-bookings"
          columns={[
            { title: t('st.time'), render: (_, b) => `${date(b.startsAt)} ${time(b.startsAt)}–${time(b.endsAt)}` },
            { title: t('st.room'), render: (_, b) => b.room.name },
            { title: t('st.member'), dataIndex: 'member' },
            { title: t('st.status'), render: (_, b) => <Tag>{t(`stations.booking.${b.status}`)}</Tag> },
            {
              title: t('common.actions'),
              render: (_, b) => (
                <Space>
                  {b.actions.includes('approve') && (
                    <Button size="small" type="primary" onClick={() => decide(b.id, 'approve')}>
                      {t('st.approve')}
                    </Button>
                  )}
                  {b.actions.includes('reject') && (
                    <Button size="small" danger onClick={() => setRejecting(b.id)}>
                      {t('st.reject')}
                    </Button>
                  )}
                  {b.actions.includes('checkIn') && (
                    <Button size="small" onClick={() => decide(b.id, 'check-in')}>
                      {t('st.checkIn')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <ReasonModal
        open={rejecting !== null}
        title={t('st.reject')}
        label={t('st.rejectReason')}
        onCancel={() => setRejecting(null)}
        onSubmit={async (reason: string) => {
          const id = rejecting as number;
          const ok = await act(
            () => call(api.POST('/api/room-bookings/{id}/reject', { params: { path: { id } }, body: { reason } })),
            'st.rejected',
          );
          if (ok) setRejecting(null);
        }}
      />
      <Drawer open={adding} onClose={() => setAdding(false)} title={t('st.addRoom')} width={480} destroyOnHidden>
        <Form
          layout="vertical"
          initialValues={{
            capacity: 1,
            slotMinutes: 60,
            weekdays: [1, 2, 3, 4, 5],
            span: [dayjs('09:00', 'HH:mm'), dayjs('17:00', 'HH:mm')],
            horizonDays: 7,
            releaseTime: dayjs('08:00', 'HH:mm'),
            perMemberLimit: 2,
            cancelHours: 2,
            needsApproval: false,
          }}
          onFinish={async ({ span, releaseTime, ...v }: RoomValues) => {
            const ok = await addAct(
              () =>
                call(
                  api.POST('/api/stations/{id}/rooms', {
                    ...path,
                    body: {
                      ...v,
                      dayOpens: span[0].format('HH:mm'),
                      dayCloses: span[1].format('HH:mm'),
                      releaseTime: releaseTime.format('HH:mm'),
                    },
                  }),
                ),
              'st.roomCreated',
            );
            if (ok) setAdding(false);
          }}
        >
          <Form.Item name="name" label={t('st.roomName')} rules={[{ required: true, max: 40 }]}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name="capacity" label={t('st.capacity')} rules={[{ required: true }]}>
              <InputNumber min={1} max={500} />
            </Form.Item>
            <Form.Item name="slotMinutes" label={t('st.slotMinutes')}>
              <Select
                style={{ width: 100 }}
                options={[30, 60, 90, 120, 180, 240].map((n) => ({ value: n, label: n }))}
              />
            </Form.Item>
          </Space>
          <Form.Item name="weekdays" label={t('st.weekdays')} rules={[{ required: true }]}>
            <Select
              mode="multiple"
              options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({
                value: d,
                label: t(`stations.weekday.${d}` as MessageKey),
              }))}
            />
          </Form.Item>
          <Form.Item name="span" label={`${t('st.dayOpens')} – ${t('st.dayCloses')}`} rules={[{ required: true }]}>
            <TimePicker.RangePicker format="HH:mm" minuteStep={30} order={false} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="horizonDays" label={t('st.horizonDays')}>
              <InputNumber min={1} max={60} />
            </Form.Item>
            <Form.Item name="releaseTime" label={t('st.releaseTime')}>
              <TimePicker format="HH:mm" minuteStep={5} />
            </Form.Item>
            <Form.Item name="perMemberLimit" label={t('st.perMemberLimit')}>
              <InputNumber min={1} max={20} />
            </Form.Item>
            <Form.Item name="cancelHours" label={t('st.cancelHours')}>
              <InputNumber min={0} max={168} />
            </Form.Item>
          </Space>
          <Form.Item name="needsApproval" label={t('st.needsApproval')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
        </Form>
      </Drawer>
    </>
  );
}
