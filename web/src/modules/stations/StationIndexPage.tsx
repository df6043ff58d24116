// 先锋指数 in the console: the stations of a union (or of the whole scope) ranked by the month's pioneer index, each
// with the parts it was computed from.
import { Card, DatePicker, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { serverPagination } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';

export default function StationIndexPage() {
  const { t, lang } = useI18n();
  const [month, setMonth] = useState(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7));
  const [unionId, setUnionId] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const ranking = useAsync(
    () => call(api.GET('/api/stations/index', { params: { query: { month, unionId, page } } })),
    [month, unionId, page],
  );
  return (
    <Card title={t('st.index.menu')}>
      <Typography.Paragraph type="secondary">{t('st.index.hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => {
            if (d) setMonth(d.format('YYYY-MM'));
            setPage(1);
          }}
        />
        <UnionSelect
          value={unionId}
          onChange={(v: number | undefined) => {
            setUnionId(v);
            setPage(1);
          }}
        />
      </Space>
      {ranking.error && <Typography.Text type="danger">{ranking.error.text(lang)}</Typography.Text>}
      <Table
        size="small"
        rowKey={(r) => r.station.id}
        loading={ranking.loading}
        dataSource={ranking.data?.items ?? []}
        locale={{ emptyText: t('st.index.empty') }}
        pagination={serverPagination(t, {
          current: page,
          pageSize: 20,
          total: ranking.data?.total ?? 0,
          onChange: setPage,
        })}
        data-testid="st-index"
        columns={[
          { title: t('st.rank'), dataIndex: 'rank', width: 70 },
          { title: t('st.name'), render: (_, r) => r.station.name },
          { title: t('st.kind'), render: (_, r) => t(`stations.kind.${r.station.kind}`) },
          { title: t('st.union'), render: (_, r) => r.station.unionName },
          { title: t('st.score'), dataIndex: 'score' },
          { title: t('st.activity'), render: (_, r) => r.parts.activity },
          { title: t('st.ratingPart'), render: (_, r) => r.parts.rating },
          { title: t('st.handling'), render: (_, r) => r.parts.handling },
        ]}
      />
      {ranking.data?.items[0] && (
        <Typography.Paragraph type="secondary">
          {t('st.formula', { version: ranking.data.items[0].version })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
