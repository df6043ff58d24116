// A station's visits in the console: an e-card scanned at the desk, visits per day and the list.
import { Button, Card, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useAct } from '../../admin/components/useAct';
import { serverPagination } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { useAmenityNames } from './StationForm';

export function Visits({ stationId, amenities: offered }: { stationId: number; amenities: string[] }) {
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
