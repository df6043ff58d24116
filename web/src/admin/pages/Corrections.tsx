import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { ReasonModal } from '../components/ReasonModal';
import { useAct } from '../components/useAct';

const statuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;

export default function Corrections() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<(typeof statuses)[number] | undefined>('pending');
  const [page, setPage] = useState(1);
  const [rejecting, setRejecting] = useState<number | null>(null);
  const list = useAsync(
    () => call(api.GET('/api/corrections', { params: { query: { status, page, pageSize: 20 } } })),
    [status, page],
  );
  const act = useAct(list.reload);

  return (
    <Card title={t('admin.menu.corrections')}>
      <Select
        allowClear
        value={status}
        style={{ width: 160, marginBottom: 12 }}
        onChange={(v) => {
          setPage(1);
          setStatus(v);
        }}
        options={statuses.map((s) => ({ value: s, label: t(`correction.status.${s}` as MessageKey) }))}
      />
      <Table
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 700 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => t('common.total', { n }),
        }}
        columns={[
          { title: t('member.me.name'), render: (_, c) => c.member.name },
          { title: t('admin.corrections.field'), render: (_, c) => t(`correction.${c.field}` as MessageKey) },
          { title: t('admin.corrections.value'), dataIndex: 'newValue' },
          {
            title: t('admin.unions.status'),
            render: (_, c) => <Tag>{t(`correction.status.${c.status}` as MessageKey)}</Tag>,
          },
          { title: t('admin.applications.submittedAt'), render: (_, c) => new Date(c.createdAt).toLocaleString(lang) },
          {
            title: t('common.actions'),
            render: (_, c) =>
              c.actions.includes('decide') && (
                <Space size={0}>
                  <Button
                    type="link"
                    size="small"
                    onClick={() =>
                      act(() => call(api.POST('/api/corrections/{id}/approve', { params: { path: { id: c.id } } })))
                    }
                  >
                    {t('admin.applications.approve')}
                  </Button>
                  <Button type="link" size="small" danger onClick={() => setRejecting(c.id)}>
                    {t('admin.applications.reject')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <ReasonModal
        open={rejecting !== null}
        title={t('admin.applications.reject')}
        label={t('admin.applications.rejectReason')}
        onCancel={() => setRejecting(null)}
        onSubmit={async (reason) => {
          if (
            rejecting !== null &&
            (await act(() =>
              call(api.POST('/api/corrections/{id}/reject', { params: { path: { id: rejecting } }, body: { reason } })),
            ))
          )
            setRejecting(null);
        }}
      />
    </Card>
  );
}
