// The audit log in words: "甲县一号公司工会 · longyou 查看了会员 李*四 …1234 的身份证号 — 理由：核对入会信息".
// Filters by person, kind of action and record in plain words; the raw record stays behind each row's toggle.
import { Button, DatePicker, Form, Input, Select, Space, Spin, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n, useMessagePart } from '../../i18n';
import { ListPage, usePagedList } from '../kit/ListPage';

interface Filters {
  action?: string;
  actor?: string;
  outcome?: 'success' | 'failure';
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

const load = (filters: Filters, page: number, pageSize: number) =>
  call(api.GET('/api/audit-events', { params: { query: { ...filters, page, pageSize } } }));
type AuditEvent = Awaited<ReturnType<typeof load>>['items'][number];

/** Kinds of action an auditor filters by: each is a prefix of the action codes. */
const groups = [
  'member.reveal',
  'member.',
  'membership.',
  'member_import.',
  'union.',
  'account.',
  'auth.',
  'offer.',
  'points.',
  'assistance.',
  'appeal.',
  'legal.',
  'export.',
  'security.',
] as const;
const recordTypes = ['member', 'union', 'account', 'offer', 'appeal', 'assistance', 'export_request'] as const;

/** The audit log's words come with the page (their own message part), not with every console sign-in. */
export default function Audit() {
  return useMessagePart('audit') ? <AuditLog /> : <Spin style={{ margin: 48 }} />;
}

function AuditLog() {
  const { t, lang } = useI18n();
  const [filters, setFilters] = useState<Filters>({});
  const list = usePagedList((page, pageSize) => load(filters, page, pageSize), [filters]);
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
          onFinish={(v: Filters & { range?: [Dayjs, Dayjs] }) => {
            setFilters({
              action: v.action || undefined,
              actor: v.actor || undefined,
              outcome: v.outcome,
              targetType: v.targetType || undefined,
              targetId: v.targetType && v.targetId ? v.targetId.trim() : undefined,
              from: v.range?.[0]?.startOf('day').toISOString(),
              to: v.range?.[1]?.endOf('day').toISOString(),
            });
          }}
        >
          <Form.Item name="action">
            <Select
              allowClear
              placeholder={t('audit.filterGroup')}
              aria-label={t('audit.filterGroup')}
              style={{ width: 160 }}
              data-testid="audit-group"
              options={groups.map((g) => ({ value: g, label: t(`audit.group.${g}`) }))}
            />
          </Form.Item>
          <Form.Item name="actor">
            <Input placeholder={t('audit.filterActor')} aria-label={t('audit.filterActor')} allowClear />
          </Form.Item>
          <Form.Item name="targetType">
            <Select
              allowClear
              placeholder={t('audit.filterRecord')}
              aria-label={t('audit.filterRecord')}
              style={{ width: 130 }}
              options={recordTypes.map((r) => ({ value: r, label: t(`audit.target.${r}`) }))}
            />
          </Form.Item>
          <Form.Item name="targetId">
            <Input
              placeholder={t('audit.filterRecordId')}
              aria-label={t('audit.filterRecordId')}
              style={{ width: 110 }}
              allowClear
            />
          </Form.Item>
          <Form.Item name="outcome">
            <Select
              allowClear
              placeholder={t('admin.audit.outcome')}
              aria-label={t('admin.audit.outcome')}
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
          <div>
            <Typography.Text type="secondary">{t('audit.raw')}</Typography.Text>
            <pre lang="en" style={{ margin: 0, fontSize: 12, whiteSpace: 'pre-wrap' }}>
              {JSON.stringify(
                {
                  action: e.action,
                  actor: `${e.actorKind}${e.actorId ? `#${e.actorId}` : ''}`,
                  target: e.targetType ? `${e.targetType}#${e.targetId}` : null,
                  before: e.before,
                  after: e.after,
                  detail: e.detail,
                  requestId: e.requestId,
                  roles: e.actorRoles,
                },
                null,
                2,
              )}
            </pre>
          </div>
        ),
      }}
      columns={[
        { title: t('admin.audit.at'), width: 170, render: (_, e) => new Date(e.at).toLocaleString(lang) },
        { title: t('audit.event'), render: (_, e) => <EventSentence event={e} /> },
        {
          title: t('admin.audit.outcome'),
          width: 90,
          render: (_, e) => (
            <Tag color={e.outcome === 'success' ? 'green' : 'red'}>
              {e.outcome === 'success' ? t('admin.audit.success') : t('admin.audit.failure')}
            </Tag>
          ),
        },
        { title: t('admin.audit.ip'), width: 130, dataIndex: 'ip' },
      ]}
    />
  );
}

function EventSentence({ event: e }: { event: AuditEvent }) {
  const { t, known } = useI18n();
  const actor =
    e.actorKind === 'admin'
      ? (e.actorName ?? '')
      : e.actorKind === 'member'
        ? t('audit.actor.member', { name: e.memberName ?? '' })
        : e.actorKind === 'system'
          ? t('audit.actor.system')
          : t('audit.actor.anonymous');
  const verbKey = `audit.action.${e.action}`;
  const verb = known(verbKey) ? t(verbKey) : t('audit.unknownAction');
  const fieldKey = `audit.field.${e.field}`;
  const field = e.field && known(fieldKey) ? t(fieldKey) : '';
  const alert = e.action.startsWith('security.');
  return (
    <Space direction="vertical" size={0} data-testid={`audit-event-${e.action}`}>
      <span>
        {alert && <Tag color="red">{t('admin.audit.alert')}</Tag>}
        {e.unionName && <Typography.Text type="secondary">{e.unionName} · </Typography.Text>}
        <Typography.Text strong>{actor}</Typography.Text> {verb}
        {e.targetName ? ` ${e.targetName}` : ''}
        {field ? ` ${field}` : ''}
      </span>
      {e.reason && <Typography.Text type="secondary">{t('audit.reason', { reason: e.reason })}</Typography.Text>}
    </Space>
  );
}
