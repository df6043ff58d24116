import { Select, Tag } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { corrections } from '../../api/enums';
import { useI18n } from '../../i18n';
import { DecisionButtons } from '../kit/DecisionButtons';
import { ListPage, usePagedList } from '../kit/ListPage';

const statuses = corrections.correctionStatuses;

export default function Corrections() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<(typeof statuses)[number] | undefined>('pending');
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/corrections', { params: { query: { status, page, pageSize } } })),
    [status],
  );
  return (
    <ListPage
      title={t('admin.menu.corrections')}
      list={list}
      scrollX={700}
      filters={
        <Select
          allowClear
          value={status}
          style={{ width: 160 }}
          onChange={setStatus}
          options={statuses.map((s) => ({ value: s, label: t(`correction.status.${s}` as const) }))}
        />
      }
      columns={[
        { title: t('member.me.name'), render: (_, c) => c.member.name },
        { title: t('admin.corrections.field'), render: (_, c) => t(`correction.${c.field}` as const) },
        { title: t('admin.corrections.value'), dataIndex: 'newValue' },
        {
          title: t('admin.unions.status'),
          render: (_, c) => <Tag>{t(`correction.status.${c.status}` as const)}</Tag>,
        },
        { title: t('admin.applications.submittedAt'), render: (_, c) => new Date(c.createdAt).toLocaleString(lang) },
        {
          title: t('common.actions'),
          render: (_, c) => (
            <DecisionButtons
              // One `decide` action covers both ways.
              actions={c.actions.includes('decide') ? ['approve', 'reject'] : []}
              after={list.reload}
              approve={{
                action: 'approve',
                done: 'admin.done.requestApproved',
                label: t('admin.applications.approve'),
                run: () => call(api.POST('/api/corrections/{id}/approve', { params: { path: { id: c.id } } })),
              }}
              reject={{
                action: 'reject',
                done: 'admin.done.requestRejected',
                label: t('admin.applications.reject'),
                run: (reason) =>
                  call(api.POST('/api/corrections/{id}/reject', { params: { path: { id: c.id } }, body: { reason } })),
              }}
            />
          ),
        },
      ]}
    />
  );
}
