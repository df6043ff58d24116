import { Select, Tag } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { transfers } from '../../api/enums';
import { useI18n } from '../../i18n';
import { DecisionButtons } from '../kit/DecisionButtons';
import { ListPage, usePagedList } from '../kit/ListPage';

const statuses = transfers.transferStatuses;

export default function Transfers() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<(typeof statuses)[number] | undefined>();
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/transfers', { params: { query: { status, page, pageSize } } })),
    [status],
  );
  return (
    <ListPage
      title={t('admin.menu.transfers')}
      list={list}
      filters={
        <Select
          allowClear
          placeholder={t('admin.unions.status')}
          style={{ width: 200 }}
          value={status}
          onChange={setStatus}
          options={statuses.map((s) => ({ value: s, label: t(`transfer.status.${s}` as const) }))}
        />
      }
      columns={[
        { title: t('member.me.name'), render: (_, x) => x.member.name },
        { title: t('admin.transfers.from'), render: (_, x) => x.from.name },
        { title: t('admin.transfers.to'), render: (_, x) => x.to.name },
        { title: t('admin.audit.detail'), render: (_, x) => x.reason ?? '—' },
        {
          title: t('admin.unions.status'),
          render: (_, x) => <Tag>{t(`transfer.status.${x.status}` as const)}</Tag>,
        },
        { title: t('admin.applications.submittedAt'), render: (_, x) => new Date(x.createdAt).toLocaleString(lang) },
        {
          title: t('common.actions'),
          render: (_, x) => (
            <DecisionButtons
              actions={x.actions}
              after={list.reload}
              approve={{
                action: 'approve',
                done: 'admin.done.requestApproved',
                label: t('admin.transfers.approve'),
                run: () => call(api.POST('/api/transfers/{id}/approve', { params: { path: { id: x.id } } })),
              }}
              reject={{
                action: 'reject',
                done: 'admin.done.requestRejected',
                label: t('admin.transfers.reject'),
                run: (reason) =>
                  call(api.POST('/api/transfers/{id}/reject', { params: { path: { id: x.id } }, body: { reason } })),
              }}
            />
          ),
        },
      ]}
    />
  );
}
