// One station in the console: its data and managers and QR poster (overview), rooms and the day's bookings, visits
// (with an e-card scan at the desk), reviews with replies, and its pioneer index with how it was computed.
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  TimePicker,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ReasonModal } from '../../admin/components/ReasonModal';
import { useAct } from '../../admin/components/useAct';
import { serverPagination } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import type { Schemas } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { StationForm, useAmenityNames } from './StationForm';

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export default function StationDetail() {
  const id = Number(useParams().id);
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const station = useAsync(() => call(api.GET('/api/stations/{id}', { params: { path: { id } } })), [id]);
  const s = station.data;
  if (station.error) return <Typography.Text type="danger">{station.error.text(lang)}</Typography.Text>;
  if (!s) return <Card loading />;
  return (
    <Card
      title={s.name}
      extra={<Button onClick={() => navigate('/admin/stations')}>{t('common.back')}</Button>}
      data-testid="st-detail"
    >
      <Tabs
        items={[
          { key: 'overview', label: t('st.tab.overview'), children: <Overview s={s} reload={station.reload} /> },
          { key: 'rooms', label: t('st.tab.rooms'), children: <Rooms stationId={id} /> },
          { key: 'visits', label: t('st.tab.visits'), children: <Visits stationId={id} amenities={s.amenities} /> },
          { key: 'reviews', label: t('st.tab.reviews'), children: <Reviews stationId={id} /> },
          { key: 'score', label: t('st.tab.score'), children: <Score stationId={id} /> },
        ]}
      />
    </Card>
  );
}

type Station = Schemas['StationView'];

function Overview({ s, reload }: { s: Station; reload: () => Promise<void> }) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const amenities = useAmenityNames();
  const act = useAct(reload);
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState(false);
  const [username, setUsername] = useState('');
  const manage = s.actions.includes('manage');
  const path = { params: { path: { id: s.id } } };
  const poster = useAsync(() => call(api.GET('/api/stations/{id}/poster', path)), [s.id]);
  const [png, setPng] = useState('');
  useEffect(() => {
    if (poster.data) QRCode.toDataURL(`${location.origin}${poster.data.path}`, { margin: 1, width: 480 }).then(setPng);
  }, [poster.data]);
  const weekly = s.hours.allDay
    ? t('stations.allDay')
    : s.hours.weekly.map((w) => `${t(`stations.weekday.${w.day}` as MessageKey)} ${w.open}–${w.close}`).join('；');
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('st.kind')}>{t(`stations.kind.${s.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('st.union')}>{s.union.name}</Descriptions.Item>
        <Descriptions.Item label={t('st.owner')}>{s.ownerName || t(`stations.owner.${s.owner}`)}</Descriptions.Item>
        <Descriptions.Item label={t('st.address')}>{s.address}</Descriptions.Item>
        <Descriptions.Item label={`${t('st.lat')} / ${t('st.lng')}`}>
          {s.lat}, {s.lng} {s.positionFlagged && <Tag color="orange">{t('st.flagged')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('stations.hours')}>
          {weekly}
          {s.hours.holidays === 'closed' ? `；${t('stations.holidaysClosed')}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('st.amenities')}>{s.amenities.map(amenities.name).join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('st.contact')}>{s.contact}</Descriptions.Item>
      </Descriptions>
      {s.story && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s.story}</Typography.Paragraph>}
      <Space wrap style={{ margin: '12px 0' }}>
        <Button onClick={() => setEditing(true)}>{t('st.edit')}</Button>
        {(s.movable || manage) && <Button onClick={() => setMoving(true)}>{t('st.position')}</Button>}
        {manage && s.status === 'active' && (
          <Button
            danger
            onClick={() =>
              modal.confirm({
                title: t('st.retireConfirm'),
                onOk: () => act(() => call(api.POST('/api/stations/{id}/retire', path))),
              })
            }
          >
            {t('st.retire')}
          </Button>
        )}
      </Space>
      <Card size="small" title={t('st.managers')} style={{ marginBottom: 12 }}>
        <Space wrap>
          {s.managers.length === 0 && <Typography.Text type="secondary">{t('st.noManagers')}</Typography.Text>}
          {s.managers.map((m) => (
            <Tag
              key={m.id}
              closable={manage}
              onClose={(e) => {
                e.preventDefault();
                void act(() =>
                  call(
                    api.DELETE('/api/stations/{id}/managers/{accountId}', {
                      params: { path: { id: s.id, accountId: m.id } },
                    }),
                  ),
                );
              }}
            >
              {m.displayName}（{m.username}）
            </Tag>
          ))}
        </Space>
        {manage && (
          <Space.Compact style={{ marginTop: 8 }}>
            <Input
              placeholder={t('st.managerUsername')}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              title={t('st.managerHint')}
            />
            <Button
              onClick={async () => {
                if (await act(() => call(api.POST('/api/stations/{id}/managers', { ...path, body: { username } }))))
                  setUsername('');
              }}
            >
              {t('st.addManager')}
            </Button>
          </Space.Compact>
        )}
      </Card>
      <Card size="small" title={t('st.poster')}>
        <Typography.Paragraph type="secondary">{t('st.posterHint')}</Typography.Paragraph>
        {png && <img src={png} alt={t('st.poster')} width={200} height={200} data-testid="st-poster" />}
        <Space style={{ display: 'flex', marginTop: 8 }}>
          <Button onClick={() => window.print()}>{t('st.print')}</Button>
          {manage && (
            <Button
              onClick={() =>
                modal.confirm({
                  title: t('st.reissueConfirm'),
                  onOk: () => act(() => call(api.POST('/api/stations/{id}/poster/reissue', path)).then(poster.reload)),
                })
              }
            >
              {t('st.reissue')}
            </Button>
          )}
        </Space>
      </Card>
      <StationForm open={editing} editing={s} onClose={() => setEditing(false)} onSaved={reload} />
      <Drawer open={moving} onClose={() => setMoving(false)} title={t('st.position')} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('st.positionHint')}</Typography.Paragraph>
        <Form
          layout="vertical"
          initialValues={{ lat: s.lat, lng: s.lng, datum: 'wgs84' }}
          onFinish={async (v: { lat: number; lng: number; datum: 'wgs84' | 'gcj02' | 'bd09' }) => {
            if (await act(() => call(api.PUT('/api/stations/{id}/position', { ...path, body: v })), 'st.moved'))
              setMoving(false);
          }}
        >
          <Form.Item name="lat" label={t('st.lat')} rules={[{ required: true }]}>
            <InputNumber style={{ width: '100%' }} step={0.000001} />
          </Form.Item>
          <Form.Item name="lng" label={t('st.lng')} rules={[{ required: true }]}>
            <InputNumber style={{ width: '100%' }} step={0.000001} />
          </Form.Item>
          <Form.Item name="datum" label={t('st.datum')}>
            <Select
              options={(['wgs84', 'gcj02', 'bd09'] as const).map((d) => ({ value: d, label: t(`st.datum.${d}`) }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
        </Form>
      </Drawer>
    </>
  );
}

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

function Rooms({ stationId }: { stationId: number }) {
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

function Visits({ stationId, amenities: offered }: { stationId: number; amenities: string[] }) {
  const { t, lang } = useI18n();
  const amenities = useAmenityNames();
  const path = { params: { path: { id: stationId } } };
  const daily = useAsync(
    () =>
      call(api.GET('/api/stations/{id}/visits/daily', { params: { path: { id: stationId }, query: { days: 30 } } })),
    [stationId],
  );
  const [page, setPage] = useState(1);
  const visits = useAsync(
    () => call(api.GET('/api/stations/{id}/visits', { params: { path: { id: stationId }, query: { page } } })),
    [stationId, page],
  );
  const act = useAct(async () => {
    await Promise.all([daily.reload(), visits.reload()]);
  });
  const [cardToken, setCardToken] = useState('');
  const [service, setService] = useState('rest');
  const days = (daily.data?.items ?? []).filter((d) => d.visits > 0).reverse();
  return (
    <>
      <Card size="small" title={t('st.scanCard')} style={{ marginBottom: 12 }}>
        <Space.Compact style={{ width: '100%' }}>
          <Select
            style={{ width: 140 }}
            value={service}
            onChange={setService}
            options={['rest', ...offered.filter((a) => a !== 'rest')].map((a) => ({
              value: a,
              label: amenities.name(a),
            }))}
          />
          <Input placeholder={t('st.cardToken')} value={cardToken} onChange={(e) => setCardToken(e.target.value)} />
          <Button
            type="primary"
            onClick={async () => {
              const ok = await act(
                () => call(api.POST('/api/stations/{id}/visits', { ...path, body: { cardToken, service } })),
                'st.recorded',
              );
              if (ok) setCardToken('');
            }}
          >
            {t('st.record')}
          </Button>
        </Space.Compact>
      </Card>
      <Card size="small" title={t('st.daily')} style={{ marginBottom: 12 }}>
        <Table
          size="small"
          rowKey="day"
          pagination={false}
          dataSource={days}
          locale={{ emptyText: t('st.noVisits') }}
          columns={[
            { title: t('st.bookingDay'), dataIndex: 'day' },
            { title: t('st.visits'), dataIndex: 'visits' },
            { title: t('st.visitors'), dataIndex: 'members' },
          ]}
        />
      </Card>
      <Card size="small" title={t('st.visitList')}>
        <Table
          size="small"
          rowKey="id"
          dataSource={visits.data?.items ?? []}
          pagination={serverPagination(t, {
            current: page,
            pageSize: 20,
            total: visits.data?.total ?? 0,
            onChange: setPage,
          })}
          locale={{ emptyText: t('st.noVisits') }}
          columns={[
            {
              title: t('st.time'),
              render: (_, v) => new Date(v.visitedAt).toLocaleString(lang, { timeZone: 'Asia/Shanghai' }),
            },
            { title: t('st.member'), dataIndex: 'member' },
            { title: t('st.service'), render: (_, v) => amenities.name(v.service) },
            { title: '', render: (_, v) => t(`st.via.${v.via}`) },
          ]}
        />
      </Card>
    </>
  );
}

function Reviews({ stationId }: { stationId: number }) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const reviews = useAsync(
    () => call(api.GET('/api/stations/{id}/reviews', { params: { path: { id: stationId }, query: { page } } })),
    [stationId, page],
  );
  const act = useAct(reviews.reload);
  const [replying, setReplying] = useState<number | null>(null);
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        dataSource={reviews.data?.items ?? []}
        pagination={serverPagination(t, {
          current: page,
          pageSize: 20,
          total: reviews.data?.total ?? 0,
          onChange: setPage,
        })}
        locale={{ emptyText: t('st.noReviews') }}
        data-testid="st-reviews"
        columns={[
          {
            title: t('st.time'),
            render: (_, r) => new Date(r.createdAt).toLocaleString(lang, { timeZone: 'Asia/Shanghai' }),
          },
          { title: t('st.member'), dataIndex: 'name' },
          { title: t('st.rating'), render: (_, r) => '★'.repeat(r.rating) },
          { title: t('st.comment'), dataIndex: 'comment' },
          { title: t('st.reply'), dataIndex: 'reply' },
          { title: t('st.status'), render: (_, r) => <Tag>{t(`st.review.${r.status}`)}</Tag> },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Space>
                {r.actions.includes('reply') && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setReplying(r.id)}
                    data-testid={`st-reply-${r.id}`}
                  >
                    {t('st.reply')}
                  </Button>
                )}
                {r.actions.includes('close') && (
                  <Button
                    size="small"
                    onClick={() =>
                      act(
                        () => call(api.POST('/api/station-reviews/{id}/close', { params: { path: { id: r.id } } })),
                        'st.closed',
                      )
                    }
                  >
                    {t('st.closeReview')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ReasonModal
        open={replying !== null}
        title={t('st.reply')}
        label={t('st.replyPlaceholder')}
        onCancel={() => setReplying(null)}
        onSubmit={async (reply: string) => {
          const id = replying as number;
          const ok = await act(
            () => call(api.POST('/api/station-reviews/{id}/reply', { params: { path: { id } }, body: { reply } })),
            'st.replied',
          );
          if (ok) setReplying(null);
        }}
      />
    </>
  );
}

function Score({ stationId }: { stationId: number }) {
  const { t } = useI18n();
  const [month, setMonth] = useState(chinaToday().slice(0, 7));
  const score = useAsync(
    () => call(api.GET('/api/stations/{id}/score', { params: { path: { id: stationId }, query: { month } } })),
    [stationId, month],
  );
  const s = score.data;
  return (
    <>
      <DatePicker
        picker="month"
        allowClear={false}
        value={dayjs(`${month}-01`)}
        onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
      />
      {s && (
        <Descriptions size="small" column={1} style={{ marginTop: 12 }} data-testid="st-score">
          <Descriptions.Item label={t('st.score')}>
            <Typography.Text strong>{s.score}</Typography.Text>（{t('st.rank')} {s.rank}）
          </Descriptions.Item>
          <Descriptions.Item label={t('st.activity')}>{s.parts.activity}</Descriptions.Item>
          <Descriptions.Item label={t('st.ratingPart')}>{s.parts.rating}</Descriptions.Item>
          <Descriptions.Item label={t('st.handling')}>{s.parts.handling}</Descriptions.Item>
          <Descriptions.Item label={t('st.inputs')}>{t('st.inputsLine', s.inputs)}</Descriptions.Item>
          <Descriptions.Item label="">{t('st.formula', { version: s.version })}</Descriptions.Item>
        </Descriptions>
      )}
    </>
  );
}
