import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { ReasonModal } from '../components/ReasonModal';
import { useAct } from '../components/useAct';

const statuses = ['pending_out', 'pending_in', 'completed', 'rejected', 'cancelled'] as const;

export default function Transfers() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<(typeof statuses)[number] | undefined>();
  const [page, setPage] = useState(1);
  const [rejecting, setRejecting] = useState<number | null>(null);
  const list = useAsync(
    () => call(api.GET('/api/transfers', { params: { query: { status, page, pageSize: 20 } } })),
    [status, page],
  );
  const act = useAct(list.reload);

  return (
    <Card title={t('admin.menu.transfers')}>
      <Select
        allowClear
        placeholder={t('admin.unions.status')}
        style={{ width: 200, marginBottom: 12 }}
        value={status}
        onChange={(v) => {
          setPage(1);
          setStatus(v);
        }}
        options={statuses.map((s) => ({ value: s, label: t(`transfer.status.${s}` as MessageKey) }))}
      />
      {list.error && <Typography.Text type="danger">{list.error.text(lang)}</Typography.Text>}
      <Table
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 800 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => t('common.total', { n }),
        }}
        columns={[
          { title: t('member.me.name'), render: (_, x) => x.member.name },
          { title: t('admin.transfers.from'), render: (_, x) => x.from.name },
          { title: t('admin.transfers.to'), render: (_, x) => x.to.name },
          { title: t('admin.audit.detail'), render: (_, x) => x.reason ?? '—' },
          {
            title: t('admin.unions.status'),
            render: (_, x) => <Tag>{t(`transfer.status.${x.status}` as MessageKey)}</Tag>,
          },
          { title: t('admin.applications.submittedAt'), render: (_, x) => new Date(x.createdAt).toLocaleString(lang) },
          {
            title: t('common.actions'),
            render: (_, x) => (
              <Space size={0}>
                {x.actions.includes('approve') && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() =>
                      act(() => call(api.POST('/api/transfers/{id}/approve', { params: { path: { id: x.id } } })))
                    }
                  >
                    {t('admin.transfers.approve')}
                  </Button>
                )}
                {x.actions.includes('reject') && (
                  <Button type="link" size="small" danger onClick={() => setRejecting(x.id)}>
                    {t('admin.transfers.reject')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ReasonModal
        open={rejecting !== null}
        title={t('admin.transfers.reject')}
        label={t('admin.applications.rejectReason')}
        onCancel={() => setRejecting(null)}
        onSubmit={async (reason) => {
          if (
            rejecting !== null &&
            (await act(() =>
              call(api.POST('/api/transfers/{id}/reject', { params: { path: { id: rejecting } }, body: { reason } })),
            ))
          )
            setRejecting(null);
        }}
      />
    </Card>
  );
}
