import { App, Button, Form, Input, Modal, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, api, call, downloadFile } from '../../api/client';
import { members } from '../../api/enums';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { EmployerSelect } from '../components/EmployerSelect';
import { errorText } from '../components/errors';
import { ReasonModal } from '../components/ReasonModal';
import { UnionSelect } from '../components/UnionSelect';
import { useAct } from '../components/useAct';
import { ListPage, usePagedList } from '../kit/ListPage';

const categories = members.memberCategories;

export default function Members() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<{
    q?: string;
    unionId?: number;
    employerId?: number;
    category?: (typeof categories)[number];
    status?: 'active' | 'left';
    phone?: string;
    idNumber?: string;
  }>({});
  // Whole phone and ID numbers never go into a URL or an export request: exports use the other filters.
  const exportFilters = Object.fromEntries(
    Object.entries(filters).filter(([k, v]) => v !== undefined && k !== 'phone' && k !== 'idNumber'),
  ) as Omit<typeof filters, 'phone' | 'idNumber'>;
  const [exporting, setExporting] = useState(false);
  const [askApproval, setAskApproval] = useState<string | null>(null);
  const exportRoster = async () => {
    setExporting(true);
    try {
      const query = new URLSearchParams(Object.entries(exportFilters).map(([k, v]) => [k, String(v)]));
      await downloadFile(`/api/members/export?${query}`, 'members.xlsx');
    } catch (e) {
      // Large exports go through a second officer (PI-15): offer to ask for one.
      if (e instanceof ApiError && e.code === 'EXPORT_NEEDS_APPROVAL') setAskApproval(e.text(lang));
      else message.error(errorText(e, lang));
    } finally {
      setExporting(false);
    }
  };
  const requestExport = async (reason: string) => {
    try {
      await call(api.POST('/api/export-requests', { body: { kind: 'members', filters: exportFilters, reason } }));
      setAskApproval(null);
      message.success(t('admin.exports.requested'));
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  const [revealing, setRevealing] = useState<{ id: number; field: 'idNumber' | 'phone' } | null>(null);
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [leaving, setLeaving] = useState<number | null>(null);
  const [moving, setMoving] = useState<number | null>(null);
  const [target, setTarget] = useState<number | undefined>();

  // Whole phone and ID numbers travel in the POST body, never in the URL.
  const list = usePagedList(
    (page, pageSize) => call(api.POST('/api/members/search', { body: { ...filters, page, pageSize } })),
    [filters],
  );
  const act = useAct(list.reload);

  const reveal = async (reason: string) => {
    if (!revealing) return;
    try {
      const res = await call(
        api.POST('/api/members/{id}/reveal', {
          params: { path: { id: revealing.id } },
          body: { field: revealing.field, reason },
        }),
      );
      setRevealed((r) => ({ ...r, [`${revealing.id}:${revealing.field}`]: res.value }));
      setRevealing(null);
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  const masked = (id: number, field: 'idNumber' | 'phone', value: string, canReveal: boolean) => {
    const full = revealed[`${id}:${field}`];
    if (full) return <Typography.Text copyable>{full}</Typography.Text>;
    return (
      <Space size={4} wrap>
        <span>{value}</span>
        {canReveal && (
          <Button type="link" size="small" onClick={() => setRevealing({ id, field })}>
            {t('admin.members.reveal')}
          </Button>
        )}
      </Space>
    );
  };

  return (
    <ListPage
      title={t('admin.menu.members')}
      list={list}
      extra={
        <Button onClick={exportRoster} loading={exporting} data-testid="members-export">
          {t('admin.members.export')}
        </Button>
      }
      filters={
        <Form layout="inline" style={{ rowGap: 8 }} onFinish={setFilters}>
          <Form.Item name="q">
            <Input.Search
              placeholder={t('admin.members.search')}
              allowClear
              style={{ width: 240 }}
              onSearch={(q) => {
                setFilters((f) => ({ ...f, q: q || undefined }));
              }}
            />
          </Form.Item>
          <Form.Item name="unionId" style={{ minWidth: 260 }}>
            <UnionSelect
              placeholder={t('admin.accounts.union')}
              onChange={(unionId) => {
                setFilters((f) => ({ ...f, unionId }));
              }}
            />
          </Form.Item>
          <Form.Item name="exact">
            <Input.Search
              placeholder={t('admin.members.exact')}
              allowClear
              style={{ width: 260 }}
              onSearch={(v) => {
                const value = v.trim();
                setFilters((f) => ({
                  ...f,
                  phone:
                    value && value.replace(/\D/g, '').length <= 13 && !/x$/i.test(value) && value.length < 15
                      ? value
                      : undefined,
                  idNumber: value.length >= 15 ? value : undefined,
                }));
              }}
            />
          </Form.Item>
          <Form.Item name="employerId">
            <EmployerSelect
              placeholder={t('member.me.employer')}
              style={{ width: 220 }}
              onChange={(employerId) => {
                setFilters((f) => ({ ...f, employerId }));
              }}
            />
          </Form.Item>
          <Form.Item name="category">
            <Select
              allowClear
              placeholder={t('member.me.category')}
              style={{ width: 160 }}
              onChange={(category) => {
                setFilters((f) => ({ ...f, category }));
              }}
              options={categories.map((c) => ({ value: c, label: t(`category.${c}` as const) }))}
            />
          </Form.Item>
          <Form.Item name="status">
            <Select
              allowClear
              placeholder={t('admin.unions.status')}
              style={{ width: 120 }}
              onChange={(status) => {
                setFilters((f) => ({ ...f, status }));
              }}
              options={[
                { value: 'active', label: t('admin.members.status.active') },
                { value: 'left', label: t('admin.members.status.left') },
              ]}
            />
          </Form.Item>
        </Form>
      }
      scrollX={1200}
      expandable={{
        expandedRowRender: (m) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            <MemberTags id={m.id} tags={m.tags} editable={m.actions.includes('tag')} onSaved={list.reload} />
            <MemberHistory id={m.id} />
          </Space>
        ),
      }}
      columns={[
        { title: t('member.me.name'), dataIndex: 'name', fixed: 'left' },
        {
          title: t('member.me.idNumber'),
          render: (_, m) => masked(m.id, 'idNumber', m.idNumber, m.actions.includes('reveal')),
        },
        {
          title: t('member.me.phone'),
          render: (_, m) => masked(m.id, 'phone', m.phone, m.actions.includes('reveal')),
        },
        { title: t('member.me.category'), render: (_, m) => t(`category.${m.category}` as const) },
        { title: t('admin.accounts.union'), render: (_, m) => m.union.name },
        { title: t('member.me.employer'), render: (_, m) => m.employer?.name ?? '—' },
        { title: t('member.home.cardNo'), dataIndex: 'cardNo' },
        {
          title: t('admin.unions.status'),
          render: (_, m) => (
            <Tag color={m.status === 'active' ? 'green' : 'default'}>
              {t(`admin.members.status.${m.status}` as const)}
            </Tag>
          ),
        },
        {
          title: t('common.actions'),
          render: (_, m) => (
            <Space size={0}>
              {m.actions.includes('leave') && (
                <Button type="link" size="small" onClick={() => setMoving(m.id)}>
                  {t('admin.members.transfer')}
                </Button>
              )}
              {m.actions.includes('leave') && (
                <Button type="link" size="small" danger onClick={() => setLeaving(m.id)}>
                  {t('admin.members.leave')}
                </Button>
              )}
              {m.actions.includes('reinstate') && (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    act(
                      () => call(api.POST('/api/members/{id}/reinstate', { params: { path: { id: m.id } } })),
                      'admin.members.done.reinstated',
                    )
                  }
                >
                  {t('admin.members.reinstate')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    >
      <ReasonModal
        open={askApproval !== null}
        title={t('admin.exports.ask')}
        label={`${askApproval ?? ''} ${t('admin.exports.reason')}`}
        onCancel={() => setAskApproval(null)}
        onSubmit={requestExport}
      />
      <ReasonModal
        open={!!revealing}
        title={t('admin.members.reveal')}
        label={t('admin.members.revealReason')}
        onCancel={() => setRevealing(null)}
        onSubmit={reveal}
      />
      <Modal
        open={moving !== null}
        title={t('admin.members.transfer')}
        okButtonProps={{ disabled: !target }}
        onCancel={() => setMoving(null)}
        onOk={async () => {
          if (
            moving !== null &&
            target &&
            (await act(() =>
              call(
                api.POST('/api/members/{id}/transfer', {
                  params: { path: { id: moving } },
                  body: { toUnionId: target },
                }),
              ),
            ))
          ) {
            setMoving(null);
            setTarget(undefined);
          }
        }}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('transfer.to')}</Typography.Paragraph>
        <UnionSelect value={target} onChange={setTarget} />
      </Modal>
      <ReasonModal
        open={leaving !== null}
        title={t('admin.members.leave')}
        label={t('admin.members.leaveReason')}
        onCancel={() => setLeaving(null)}
        onSubmit={async (reason) => {
          if (
            leaving !== null &&
            (await act(() =>
              call(api.POST('/api/members/{id}/leave', { params: { path: { id: leaving } }, body: { reason } })),
            ))
          )
            setLeaving(null);
        }}
      />
    </ListPage>
  );
}

function MemberHistory({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const history = useAsync(() => call(api.GET('/api/members/{id}/history', { params: { path: { id } } })), [id]);
  if (!history.data) return null;
  if (history.data.items.length === 0)
    return <Typography.Text type="secondary">{t('admin.members.noHistory')}</Typography.Text>;
  return (
    <Timeline
      items={history.data.items.map((h) => ({
        children: `${new Date(h.at).toLocaleString(lang)} · ${t(`memberEvent.${h.kind}` as MessageKey)}${h.reason ? ` · ${h.reason}` : ''}`,
      }))}
    />
  );
}

/** Tags a cadre puts on a member (劳模, 困难职工家庭…): offers can be restricted to them. */
function MemberTags(props: { id: number; tags: string[]; editable: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const [tags, setTags] = useState(props.tags);
  const act = useAct(props.onSaved);
  return (
    <Space wrap>
      <Typography.Text type="secondary">{t('admin.members.tags')}</Typography.Text>
      {props.editable ? (
        <>
          <Select
            mode="tags"
            style={{ minWidth: 240 }}
            value={tags}
            onChange={setTags}
            maxCount={10}
            tokenSeparators={[',', '，']}
          />
          <Button
            size="small"
            onClick={() =>
              act(() => call(api.PUT('/api/members/{id}/tags', { params: { path: { id: props.id } }, body: { tags } })))
            }
          >
            {t('common.save')}
          </Button>
        </>
      ) : (
        props.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)
      )}
    </Space>
  );
}
