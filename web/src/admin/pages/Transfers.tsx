import { App, Button, Card, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { errorText } from '../components/errors';

const statuses = ['pending_out', 'pending_in', 'completed', 'rejected', 'cancelled'] as const;

export default function Transfers() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [status, setStatus] = useState<(typeof statuses)[number] | undefined>();
  const [page, setPage] = useState(1);
  const [rejecting, setRejecting] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const list = useAsync(
    () => call(api.GET('/api/transfers', { params: { query: { status, page, pageSize: 20 } } })),
    [status, page],
  );
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      message.success(t('common.saved'));
      await list.reload();
      return true;
    } catch (e) {
      message.error(errorText(e, lang));
      return false;
    }
  };
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
      <Modal
        open={rejecting !== null}
        title={t('admin.transfers.reject')}
        okButtonProps={{ disabled: !reason.trim() }}
        onCancel={() => setRejecting(null)}
        onOk={async () => {
          if (
            rejecting !== null &&
            (await act(() =>
              call(api.POST('/api/transfers/{id}/reject', { params: { path: { id: rejecting } }, body: { reason } })),
            ))
          ) {
            setRejecting(null);
            setReason('');
          }
        }}
      >
        <Input.TextArea
          rows={3}
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('admin.applications.rejectReason')}
        />
      </Modal>
    </Card>
  );
}
