import { Button, DatePicker, Form, Input, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { ListPage, usePagedList } from '../kit/ListPage';

interface Filters {
  action?: string;
  actor?: string;
  outcome?: 'success' | 'failure';
  from?: string;
  to?: string;
}

export default function Audit() {
  const { t, lang } = useI18n();
  const [filters, setFilters] = useState<Filters>({});
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/audit-events', { params: { query: { ...filters, page, pageSize } } })),
    [filters],
  );
  const exportUrl = `/api/audit-events/export?${new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]).toString()}`;

  return (
    <ListPage
      title={t('admin.menu.audit')}
      extra={<Button href={exportUrl}>{t('admin.audit.export')}</Button>}
      list={list}
      scrollX={900}
      filters={
        <Form
          layout="inline"
          style={{ rowGap: 8 }}
          onFinish={(v: { action?: string; actor?: string; outcome?: Filters['outcome']; range?: [Dayjs, Dayjs] }) => {
            setFilters({
              action: v.action || undefined,
              actor: v.actor || undefined,
              outcome: v.outcome,
              from: v.range?.[0]?.startOf('day').toISOString(),
              to: v.range?.[1]?.endOf('day').toISOString(),
            });
          }}
        >
          <Form.Item name="action">
            <Input placeholder={t('admin.audit.filterAction')} allowClear />
          </Form.Item>
          <Form.Item name="actor">
            <Input placeholder={t('admin.audit.filterActor')} allowClear />
          </Form.Item>
          <Form.Item name="outcome">
            <Select
              allowClear
              placeholder={t('admin.audit.outcome')}
              style={{ width: 110 }}
              options={[
                { value: 'success', label: t('admin.audit.success') },
                { value: 'failure', label: t('admin.audit.failure') },
              ]}
            />
          </Form.Item>
          <Form.Item name="range">
            <DatePicker.RangePicker />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          {/* PI-22: officers revealing personal data faster than the hourly alert line. */}
          <Button danger data-testid="audit-alerts" onClick={() => setFilters({ action: 'security.' })}>
            {t('admin.audit.alerts')}
          </Button>
        </Form>
      }
      expandable={{
        expandedRowRender: (e) => (
          <pre style={{ margin: 0, fontSize: 12, whiteSpace: 'pre-wrap' }}>
            {JSON.stringify(
              { before: e.before, after: e.after, detail: e.detail, requestId: e.requestId, roles: e.actorRoles },
              null,
              2,
            )}
          </pre>
        ),
      }}
      columns={[
        { title: t('admin.audit.at'), render: (_, e) => new Date(e.at).toLocaleString(lang) },
        {
          title: t('admin.audit.actor'),
          render: (_, e) => e.actorName ?? `${e.actorKind}${e.actorId ? `#${e.actorId}` : ''}`,
        },
        {
          title: t('admin.audit.action'),
          render: (_, e) =>
            e.action.startsWith('security.') ? (
              <Tag color="red">
                {t('admin.audit.alert')}: {e.action}
              </Tag>
            ) : (
              e.action
            ),
        },
        {
          title: t('admin.audit.outcome'),
          render: (_, e) => (
            <Tag color={e.outcome === 'success' ? 'green' : 'red'}>
              {e.outcome === 'success' ? t('admin.audit.success') : t('admin.audit.failure')}
            </Tag>
          ),
        },
        { title: t('admin.audit.target'), render: (_, e) => (e.targetType ? `${e.targetType}#${e.targetId}` : '—') },
        { title: t('admin.audit.ip'), dataIndex: 'ip' },
      ]}
    />
  );
}
