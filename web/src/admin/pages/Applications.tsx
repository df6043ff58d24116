import { App, Button, Form, Input, Modal, Select, Space, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { errorText } from '../components/errors';
import { ReasonModal } from '../components/ReasonModal';
import { UnionSelect } from '../components/UnionSelect';
import { ListPage, usePagedList } from '../kit/ListPage';

type Status = 'pending' | 'approved' | 'rejected' | 'withdrawn';
const statusColor: Record<Status, string> = {
  pending: 'processing',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
};

export default function Applications() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [status, setStatus] = useState<Status | undefined>('pending');
  const [q, setQ] = useState<string | undefined>();
  const [selected, setSelected] = useState<number[]>([]);
  const [rejecting, setRejecting] = useState<number[] | null>(null);
  const [rerouting, setRerouting] = useState<number | null>(null);
  const list = usePagedList(
    // A POST body: the search box may hold a whole phone or ID number, which never goes in a URL.
    (page, pageSize) => call(api.POST('/api/applications/search', { body: { status, q, page, pageSize } })),
    [status, q],
  );

  // Each decision says what happened and who was told, not just that something was saved.
  const run = async (fn: () => Promise<unknown>, done: MessageKey) => {
    try {
      await fn();
      message.success(t(done));
      setSelected([]);
      await list.reload();
      return true;
    } catch (e) {
      message.error(errorText(e, lang));
      return false;
    }
  };
  const batch = async (ids: number[], decision: 'approve' | 'reject', reason?: string) => {
    try {
      const { results } = await call(
        api.POST('/api/applications/batch', { body: { ids, decision, reason: reason ?? null } }),
      );
      const ok = results.filter((r) => r.ok).length;
      message.info(t('admin.applications.batchDone', { ok, failed: results.length - ok }));
      setSelected([]);
      await list.reload();
      return true;
    } catch (e) {
      message.error(errorText(e, lang));
      return false;
    }
  };

  return (
    <ListPage
      title={t('admin.menu.applications')}
      list={list}
      extra={
        <Space wrap>
          <Button type="primary" disabled={!selected.length} onClick={() => batch(selected, 'approve')}>
            {t('admin.applications.batchApprove')}
          </Button>
          <Button danger disabled={!selected.length} onClick={() => setRejecting(selected)}>
            {t('admin.applications.batchReject')}
          </Button>
        </Space>
      }
      filters={
        <Space wrap>
          <Select
            value={status}
            allowClear
            style={{ width: 140 }}
            placeholder={t('admin.unions.status')}
            onChange={setStatus}
            options={(['pending', 'approved', 'rejected', 'withdrawn'] as const).map((s) => ({
              value: s,
              label: t(`application.status.${s}` as const),
            }))}
          />
          <Input.Search
            placeholder={t('admin.search.nameOrNumber')}
            allowClear
            onSearch={(v) => setQ(v || undefined)}
            style={{ width: 200 }}
          />
        </Space>
      }
      scrollX={1000}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys) => setSelected(keys.map(Number)),
        getCheckboxProps: (a) => ({ disabled: !a.actions.includes('decide') }),
      }}
      expandable={{
        expandedRowRender: (a) => (
          <Timeline
            items={a.events.map((e) => ({
              color: e.kind === 'rejected' ? 'red' : e.kind === 'approved' ? 'green' : 'blue',
              children: `${new Date(e.at).toLocaleString(lang)} · ${t(`application.event.${e.kind}` as MessageKey, { union: e.unionName ?? '' })}${e.reason ? ` · ${e.reason}` : ''}`,
            }))}
          />
        ),
      }}
      columns={[
        { title: t('member.me.name'), dataIndex: 'name', fixed: 'left' },
        { title: t('member.me.idNumber'), dataIndex: 'idNumber' },
        { title: t('member.me.phone'), dataIndex: 'phone' },
        { title: t('member.me.category'), render: (_, a) => t(`category.${a.category}` as const) },
        { title: t('member.me.employer'), render: (_, a) => a.employer?.name ?? '—' },
        { title: t('admin.accounts.union'), render: (_, a) => a.union.name },
        { title: t('admin.applications.submittedAt'), render: (_, a) => new Date(a.createdAt).toLocaleString(lang) },
        { title: '', render: (_, a) => <Tag>{t(`admin.applications.channel.${a.channel}` as const)}</Tag> },
        {
          title: t('admin.unions.status'),
          render: (_, a) => <Tag color={statusColor[a.status]}>{t(`application.status.${a.status}` as const)}</Tag>,
        },
        {
          title: t('common.actions'),
          fixed: 'right',
          render: (_, a) =>
            a.actions.includes('decide') && (
              <Space size={0} wrap>
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    run(
                      () => call(api.POST('/api/applications/{id}/approve', { params: { path: { id: a.id } } })),
                      'admin.applications.approvedNotified',
                    )
                  }
                >
                  {t('admin.applications.approve')}
                </Button>
                <Button type="link" size="small" danger onClick={() => setRejecting([a.id])}>
                  {t('admin.applications.reject')}
                </Button>
                <Button type="link" size="small" onClick={() => setRerouting(a.id)}>
                  {t('admin.applications.reroute')}
                </Button>
              </Space>
            ),
        },
      ]}
    >
      <ReasonModal
        title={t('admin.applications.reject')}
        label={t('admin.applications.rejectReason')}
        open={rejecting !== null}
        onCancel={() => setRejecting(null)}
        onSubmit={async (reason) => {
          const ids = rejecting ?? [];
          const ok =
            ids.length === 1 && ids[0] !== undefined
              ? await run(
                  () =>
                    call(
                      api.POST('/api/applications/{id}/reject', {
                        params: { path: { id: ids[0] as number } },
                        body: { reason },
                      }),
                    ),
                  'admin.applications.rejectedNotified',
                )
              : await batch(ids, 'reject', reason);
          if (ok) setRejecting(null);
        }}
      />
      <RerouteModal
        open={rerouting !== null}
        onCancel={() => setRerouting(null)}
        onSubmit={async (unionId, reason) => {
          if (
            rerouting !== null &&
            (await run(
              () =>
                call(
                  api.POST('/api/applications/{id}/reroute', {
                    params: { path: { id: rerouting } },
                    body: { unionId, reason: reason || null },
                  }),
                ),
              'admin.applications.reroutedDone',
            ))
          )
            setRerouting(null);
        }}
      />
    </ListPage>
  );
}

function RerouteModal(props: {
  open: boolean;
  onCancel: () => void;
  onSubmit: (unionId: number, reason?: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ unionId: number; reason?: string }>();
  return (
    <Modal
      open={props.open}
      title={t('admin.applications.reroute')}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => props.onSubmit(v.unionId, v.reason)} preserve={false}>
        <Form.Item name="unionId" label={t('admin.applications.rerouteTo')} rules={[{ required: true }]}>
          <UnionSelect />
        </Form.Item>
        <Form.Item name="reason" label={t('admin.audit.detail')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
