import { Card, DatePicker, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';

/**
 * How the union's legal consultation service is used, per lawyer: slots offered and what became of them.
 * Who booked and about what stays between the member and the lawyer, so neither appears here.
 */
export default function LegalOverview() {
  const { t, lang } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs().endOf('month')]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const list = useAsync(() => call(api.GET('/api/legal-overview', { params: { query: { from, to } } })), [from, to]);
  const items = list.data?.items ?? [];
  const total = (k: 'slots' | 'booked' | 'completed' | 'noShow') => items.reduce((n, r) => n + r[k], 0);
  return (
    <Card title={t('admin.menu.legalOverview')}>
      <Typography.Paragraph type="secondary">{t('admin.legalOverview.hint')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
        <Typography.Text>
          {t('admin.legalOverview.totals', {
            slots: total('slots'),
            booked: total('booked'),
            completed: total('completed'),
            noShow: total('noShow'),
          })}
        </Typography.Text>
      </Space>
      {list.error && <Typography.Text type="danger">{list.error.text(lang)}</Typography.Text>}
      <Table
        rowKey="lawyerAccountId"
        size="small"
        loading={list.loading}
        dataSource={items}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 720 }}
        columns={[
          { title: t('admin.legalOverview.lawyer'), dataIndex: 'lawyer' },
          { title: t('admin.assistance.union'), dataIndex: 'union' },
          { title: t('admin.legalOverview.slots'), dataIndex: 'slots' },
          { title: t('admin.legalOverview.booked'), dataIndex: 'booked' },
          { title: t('admin.legalOverview.completed'), dataIndex: 'completed' },
          { title: t('admin.legalOverview.noShow'), dataIndex: 'noShow' },
          { title: t('admin.legalOverview.cancelled'), render: (_, r) => r.cancelledBookings + r.cancelledSlots },
        ]}
      />
    </Card>
  );
}
