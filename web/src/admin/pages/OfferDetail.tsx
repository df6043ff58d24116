import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Progress,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { errorText } from '../components/errors';
import { ReasonModal } from '../components/ReasonModal';
import { useAct } from '../components/useAct';
import { serverPagination } from '../kit/ListPage';

const statuses = ['confirmed', 'applied', 'waitlisted', 'offered', 'cancelled', 'lost', 'expired', 'rejected'] as const;

/** One offer: registrations (with export), the live rush monitor, the lottery, and feedback. */
export default function OfferDetail() {
  const { id } = useParams();
  const offerId = Number(id);
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const path = { params: { path: { id: offerId } } };
  const offer = useAsync(() => call(api.GET('/api/offers/{id}', path)), [offerId]);
  const o = offer.data;
  if (offer.error) return <Typography.Text type="danger">{offer.error.text(lang)}</Typography.Text>;
  if (!o) return <Card loading />;
  return (
    <Card
      title={o.title}
      extra={
        <Space wrap>
          {o.actions.includes('checkIn') && (o.kind === 'course' || o.kind === 'activity') && (
            <Button
              type="primary"
              onClick={() => navigate(`/admin/offers/${o.id}/check-in`)}
              data-testid="checkin-mode"
            >
              {t('admin.offer.checkIn')}
            </Button>
          )}
          <Button onClick={() => navigate('/admin/offers')}>{t('common.back')}</Button>
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('admin.offers.kind')}>{t(`offer.kind.${o.kind}` as const)}</Descriptions.Item>
        <Descriptions.Item label={t('admin.offers.mode')}>{t(`offer.mode.${o.mode}` as const)}</Descriptions.Item>
        <Descriptions.Item label={t('admin.offers.status')}>
          {t(`admin.offers.status.${o.status}` as const)} · {t(`offer.phase.${o.phase}` as const)}
        </Descriptions.Item>
        <Descriptions.Item label={t('admin.offers.union')}>{o.union.name}</Descriptions.Item>
        <Descriptions.Item label={t('admin.offers.opensAt')}>
          {new Date(o.opensAt).toLocaleString(lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t('admin.offers.closesAt')}>
          {new Date(o.closesAt).toLocaleString(lang)}
        </Descriptions.Item>
      </Descriptions>
      <Tabs
        items={[
          {
            key: 'reg',
            label: t('admin.offer.registrations'),
            children: (
              <Registrations
                offerId={offerId}
                canReview={o.mode === 'lottery' && !o.lottery && o.actions.includes('update')}
              />
            ),
          },
          { key: 'monitor', label: t('admin.offer.monitor'), children: <Monitor offerId={offerId} /> },
          ...(o.mode === 'lottery'
            ? [
                {
                  key: 'lottery',
                  label: t('admin.offer.lottery'),
                  children: <Lottery offerId={offerId} canDraw={o.actions.includes('draw')} onDrawn={offer.reload} />,
                },
              ]
            : []),
          { key: 'feedback', label: t('admin.offer.feedback'), children: <Feedback offerId={offerId} /> },
        ]}
      />
    </Card>
  );
}

function Registrations({ offerId, canReview }: { offerId: number; canReview: boolean }) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<(typeof statuses)[number] | undefined>();
  const [page, setPage] = useState(1);
  const list = useAsync(
    () =>
      call(
        api.GET('/api/offers/{id}/registrations', {
          params: { path: { id: offerId }, query: { status, page, pageSize: 20 } },
        }),
      ),
    [offerId, status, page],
  );
  const [rejecting, setRejecting] = useState<number | null>(null);
  const act = useAct(list.reload);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('admin.offers.status')}
          style={{ width: 180 }}
          value={status}
          onChange={(v) => {
            setPage(1);
            setStatus(v);
          }}
          options={statuses.map((s) => ({ value: s, label: t(`claim.status.${s}`) }))}
        />
        <Button href={`/api/offers/${offerId}/registrations.xlsx`}>{t('admin.offer.export')}</Button>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 800 }}
        pagination={serverPagination(t, {
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
        })}
        columns={[
          { title: t('admin.offer.member'), render: (_, r) => r.member.name },
          { title: t('admin.offer.card'), render: (_, r) => r.member.cardNo },
          {
            title: t('admin.offers.status'),
            render: (_, r) => <Tag>{t(`claim.status.${r.status}` as const)}</Tag>,
          },
          { title: t('offer.quantity'), dataIndex: 'quantity' },
          { title: t('admin.offer.rank'), render: (_, r) => r.rank ?? '' },
          {
            title: t('admin.offer.checkedIn'),
            render: (_, r) => (r.checkedInAt ? new Date(r.checkedInAt).toLocaleString(lang) : ''),
          },
          { title: t('admin.offer.surveyAnswer'), render: (_, r) => r.surveyAnswer ?? '' },
          { title: t('admin.applications.submittedAt'), render: (_, r) => new Date(r.createdAt).toLocaleString(lang) },
          {
            title: t('common.actions'),
            render: (_, r) =>
              canReview && r.status === 'applied' ? (
                <Button size="small" danger onClick={() => setRejecting(r.id)}>
                  {t('admin.offer.reject')}
                </Button>
              ) : null,
          },
        ]}
      />
      <ReasonModal
        open={rejecting !== null}
        title={t('admin.offer.reject')}
        label={t('admin.offer.rejectReason')}
        onCancel={() => setRejecting(null)}
        onSubmit={async (reason) => {
          const claimId = rejecting as number;
          setRejecting(null);
          await act(() =>
            call(
              api.POST('/api/offers/{id}/registrations/{claimId}/reject', {
                params: { path: { id: offerId, claimId } },
                body: { reason },
              }),
            ),
          );
        }}
      />
    </>
  );
}

const clock = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });

/** Claims per second as bars, with a count axis (0, half, peak) and a time axis (first, last second shown). */
function RateChart({ points }: { points: Array<{ at: string; count: number }> }) {
  const { t } = useI18n();
  // The axis top is the peak rounded up to an even number, so the middle tick is a whole count.
  const top = Math.max(2, Math.ceil(Math.max(...points.map((p) => p.count), 0) / 2) * 2);
  const first = points[0];
  const last = points.at(-1);
  return (
    <figure className="a-chart" aria-label={t('admin.offer.rate')}>
      <figcaption>{t('admin.offer.rateAxis')}</figcaption>
      <div className="a-chart-y" aria-hidden>
        <span>{top}</span>
        <span>{top / 2}</span>
        <span>0</span>
      </div>
      <div
        className="a-bars"
        role="img"
        aria-label={t('admin.offer.ratePeak', { n: Math.max(0, ...points.map((p) => p.count)) })}
      >
        {points.length === 0 && <span className="a-chart-empty">{t('admin.offer.rateEmpty')}</span>}
        {points.map((p) => (
          <div key={p.at} title={`${clock(p.at)} ${p.count}`} style={{ height: `${(p.count / top) * 100}%` }} />
        ))}
      </div>
      <div className="a-chart-x" aria-hidden>
        <span>{first ? clock(first.at) : ''}</span>
        <span>{t('admin.offer.timeAxis')}</span>
        <span>{last ? clock(last.at) : ''}</span>
      </div>
    </figure>
  );
}

/** Refreshes every two seconds while open: a rush is watched, not reloaded. */
function Monitor({ offerId }: { offerId: number }) {
  const { t, lang } = useI18n();
  const m = useAsync(() => call(api.GET('/api/offers/{id}/monitor', { params: { path: { id: offerId } } })), [offerId]);
  const reload = m.reload;
  useEffect(() => {
    const timer = setInterval(() => void reload(), 2000);
    return () => clearInterval(timer);
  }, [reload]);
  const d = m.data;
  if (!d) return <Card loading />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap size="large">
        <Statistic title={t('admin.offer.left')} value={d.left} suffix={`/ ${d.capacity}`} />
        <Statistic title={t('admin.offer.rate')} value={d.claimsPerSecond.at(-1)?.count ?? 0} />
        <Statistic title={t('admin.offer.commits')} value={d.commits} />
        <Statistic title={t('admin.offer.queued')} value={d.queued} />
      </Space>
      <Progress percent={Math.round((d.taken / d.capacity) * 100)} />
      <RateChart points={d.claimsPerSecond} />
      <Descriptions size="small" column={1} title={t('admin.offer.rejections')}>
        {d.rejections.map((r) => (
          <Descriptions.Item key={r.code} label={lang === 'en' ? r.reason.en : r.reason.zh}>
            {r.count}
          </Descriptions.Item>
        ))}
        {Object.entries(d.byStatus).map(([s, n]) => (
          <Descriptions.Item key={s} label={t(`claim.status.${s}` as MessageKey)}>
            {n}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Space>
  );
}

function Lottery({ offerId, canDraw, onDrawn }: { offerId: number; canDraw: boolean; onDrawn: () => void }) {
  const { t, lang } = useI18n();
  const { modal, message } = App.useApp();
  const result = useAsync(
    () => call(api.GET('/api/offers/{id}/lottery', { params: { path: { id: offerId } } })),
    [offerId],
  );
  const draw = () =>
    modal.confirm({
      content: t('admin.offer.drawConfirm'),
      onOk: async () => {
        try {
          await call(api.POST('/api/offers/{id}/draw', { params: { path: { id: offerId } } }));
          await result.reload();
          onDrawn();
        } catch (e) {
          message.error(errorText(e, lang));
        }
      },
    });
  const d = result.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canDraw && (
        <Button type="primary" onClick={draw} data-testid="draw">
          {t('admin.offer.draw')}
        </Button>
      )}
      {d?.seed ? (
        <>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('offer.lotterySeed')}>
              <Typography.Text code copyable>
                {d.seed}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('offer.lotteryAlgorithm')}>{d.algorithm}</Descriptions.Item>
          </Descriptions>
          <Table
            rowKey="claimId"
            size="small"
            dataSource={d.entries}
            pagination={{ pageSize: 50 }}
            columns={[
              { title: t('admin.offer.rank'), dataIndex: 'rank' },
              { title: t('admin.offer.member'), dataIndex: 'name' },
              { title: t('admin.offer.card'), dataIndex: 'cardNo' },
              {
                title: '',
                render: (_, e) => (
                  <Tag color={e.won ? 'green' : 'default'}>{t(e.won ? 'offer.won' : 'offer.notWon')}</Tag>
                ),
              },
            ]}
          />
        </>
      ) : (
        <Empty description={t('offer.notDrawn')} />
      )}
    </Space>
  );
}

function Feedback({ offerId }: { offerId: number }) {
  const { t, lang } = useI18n();
  const f = useAsync(
    () => call(api.GET('/api/offers/{id}/feedback', { params: { path: { id: offerId } } })),
    [offerId],
  );
  if (!f.data) return <Card loading />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Statistic title={t('admin.offer.average')} value={f.data.average ?? '—'} suffix={`(${f.data.count})`} />
      <Table
        rowKey="createdAt"
        size="small"
        dataSource={f.data.comments}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: '★', dataIndex: 'rating' },
          { title: t('claim.feedback'), dataIndex: 'comment' },
          { title: t('admin.applications.submittedAt'), render: (_, c) => new Date(c.createdAt).toLocaleString(lang) },
        ]}
      />
    </Space>
  );
}
