// One document: its text; for a receiving cadre, signing for it and the reply; for the sender's side, the board of
// receiving unions (read, replied, late) and the reminder. Also the composer that sends one.
import { Alert, Button, Drawer, Form, Input, InputNumber, Select, Space, Statistic, Switch, Table, Tag } from 'antd';
import { useRef, useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import '../../shared/article.css';
import { RichTextEditor } from '../../admin/components/RichTextEditor';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { useAct } from '../../admin/components/useAct';
import { serverPagination } from '../../admin/kit/ListPage';
import { useAsync } from '../../shared/useAsync';

type Status = 'unread' | 'read' | 'replied' | 'overdue';
export const statusColor: Record<Status, string> = {
  unread: 'default',
  read: 'blue',
  replied: 'green',
  overdue: 'red',
};
const levels = ['city', 'county', 'township', 'base'] as const;

export function DocumentDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: number;
  onClose: () => void;
  onChanged: () => unknown;
}) {
  const { t, lang } = useI18n();
  const doc = useAsync(() => call(api.GET('/api/documents/{id}', { params: { path: { id } } })), [id]);
  const [status, setStatus] = useState<Status | undefined>();
  const [page, setPage] = useState(1);
  const board = useAsync(
    () =>
      doc.data?.progress
        ? call(api.GET('/api/documents/{id}/recipients', { params: { path: { id }, query: { status, page } } }))
        : Promise.resolve(null),
    [id, status, page, doc.data?.progress?.read, doc.data?.progress?.replied],
  );
  const [replies, setReplies] = useState<Record<number, string>>({});
  const act = useAct(async () => {
    await Promise.all([doc.reload(), onChanged()]);
  });
  const d = doc.data;
  const path = { path: { id } };
  return (
    <Drawer open width={Math.min(960, window.innerWidth)} onClose={onClose} title={d?.title ?? ''}>
      {doc.error && <Alert type="error" message={doc.error.text(lang)} />}
      {d && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <div className="a-muted">
            <span translate="no">{d.from.name}</span> · {new Date(d.sentAt).toLocaleString(lang)} · {d.sentBy}
            {d.dueAt && ` · ${t('documents.dueBy', { due: new Date(d.dueAt).toLocaleString(lang) })}`}
            {d.replyRequired && ` · ${t('documents.replyRequired')}`}
          </div>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server stored it through its allow-list sanitiser */}
          <div className="m-article-body" dangerouslySetInnerHTML={{ __html: d.bodyHtml }} />
          {d.receipts.map((r) => (
            <div key={r.union.id} className="a-receipt" data-testid={`receipt-${r.union.id}`}>
              <Space wrap>
                <span translate="no">{r.union.name}</span>
                <Tag color={statusColor[r.status]}>{t(`documents.status.${r.status}`)}</Tag>
                {r.reminders > 0 && <Tag color="orange">{t('documents.reminded', { n: r.reminders })}</Tag>}
                {!r.readAt && (
                  <Button
                    type="primary"
                    data-testid="document-sign"
                    onClick={() =>
                      act(
                        () =>
                          call(api.POST('/api/documents/{id}/read', { params: path, body: { unionId: r.union.id } })),
                        'documents.done.read',
                      )
                    }
                  >
                    {t('documents.sign')}
                  </Button>
                )}
              </Space>
              {r.replyText && <p>{t('documents.yourReply', { text: r.replyText })}</p>}
              {d.replyRequired && !r.repliedAt && (
                <Space.Compact style={{ width: '100%', marginTop: 8 }}>
                  <Input.TextArea
                    aria-label={t('documents.reply')}
                    placeholder={t('documents.reply')}
                    rows={2}
                    maxLength={2000}
                    value={replies[r.union.id] ?? ''}
                    onChange={(e) => setReplies({ ...replies, [r.union.id]: e.target.value })}
                  />
                  <Button
                    disabled={!replies[r.union.id]?.trim()}
                    data-testid="document-reply"
                    onClick={() =>
                      act(
                        () =>
                          call(
                            api.POST('/api/documents/{id}/reply', {
                              params: path,
                              body: { unionId: r.union.id, text: replies[r.union.id] ?? '' },
                            }),
                          ),
                        'documents.done.reply',
                      )
                    }
                  >
                    {t('documents.sendReply')}
                  </Button>
                </Space.Compact>
              )}
            </div>
          ))}
          {d.progress && (
            <>
              <Space wrap size="large">
                <Statistic title={t('documents.recipients')} value={d.progress.recipients} />
                <Statistic title={t('documents.status.read')} value={d.progress.read} />
                <Statistic title={t('documents.status.replied')} value={d.progress.replied} />
                <Statistic title={t('documents.status.overdue')} value={d.progress.overdue} />
                {d.canRemind && (
                  <Button
                    data-testid="document-remind"
                    disabled={d.progress.replied === d.progress.recipients}
                    onClick={() =>
                      act(
                        () => call(api.POST('/api/documents/{id}/remind', { params: path })),
                        (r) => t('documents.done.remind', { unions: r.reminded, texted: r.texted }),
                      )
                    }
                  >
                    {t('documents.remind')}
                  </Button>
                )}
              </Space>
              <Select
                allowClear
                aria-label={t('documents.filter')}
                placeholder={t('documents.filter')}
                style={{ width: 160 }}
                value={status}
                onChange={(v) => {
                  setStatus(v);
                  setPage(1);
                }}
                options={(['unread', 'read', 'replied', 'overdue'] as const).map((s) => ({
                  value: s,
                  label: t(`documents.status.${s}`),
                }))}
              />
              <Table
                rowKey={(r) => r.union.id}
                size="small"
                loading={board.loading}
                dataSource={board.data?.items ?? []}
                pagination={serverPagination(t, {
                  current: page,
                  pageSize: 20,
                  total: board.data?.total ?? 0,
                  onChange: setPage,
                })}
                columns={[
                  { title: t('documents.union'), render: (_, r) => <span translate="no">{r.union.name}</span> },
                  {
                    title: t('documents.state'),
                    render: (_, r) => <Tag color={statusColor[r.status]}>{t(`documents.status.${r.status}`)}</Tag>,
                  },
                  {
                    title: t('documents.readAt'),
                    render: (_, r) => (r.readAt ? new Date(r.readAt).toLocaleString(lang) : '—'),
                  },
                  { title: t('documents.reply'), render: (_, r) => r.replyText ?? '—' },
                  { title: t('documents.reminders'), dataIndex: 'reminders' },
                ]}
              />
            </>
          )}
        </Space>
      )}
    </Drawer>
  );
}

interface SendValues {
  unionId: number;
  title: string;
  bodyHtml: string;
  recipientLevel: (typeof levels)[number];
  replyRequired?: boolean;
  dueWorkingDays?: number | null;
}

export function SendDocument({ onClose, onSent }: { onClose: () => void; onSent: (id: number) => unknown }) {
  const { t } = useI18n();
  const [form] = Form.useForm<SendValues>();
  const sent = useRef(0);
  const act = useAct(() => onSent(sent.current));
  return (
    <Drawer
      open
      width={Math.min(860, window.innerWidth)}
      onClose={onClose}
      title={t('documents.send')}
      extra={
        <Button type="primary" onClick={() => form.submit()} data-testid="document-send">
          {t('documents.sendNow')}
        </Button>
      }
    >
      <Form<SendValues>
        form={form}
        layout="vertical"
        initialValues={{ recipientLevel: 'base', replyRequired: false }}
        onFinish={(v) =>
          act(async () => {
            const res = await call(
              api.POST('/api/documents', {
                body: { ...v, replyRequired: v.replyRequired ?? false, dueWorkingDays: v.dueWorkingDays ?? null },
              }),
            );
            sent.current = res.id;
          }, 'documents.done.sent')
        }
      >
        <Form.Item name="unionId" label={t('documents.fromUnion')} rules={[{ required: true }]}>
          <UnionSelect />
        </Form.Item>
        <Form.Item name="title" label={t('documents.title')} rules={[{ required: true, max: 100 }]}>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item name="bodyHtml" label={t('documents.body')} rules={[{ required: true }]}>
          <RichTextEditor />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="recipientLevel" label={t('documents.to')} rules={[{ required: true }]}>
            <Select style={{ width: 200 }} options={levels.map((l) => ({ value: l, label: t(`documents.to.${l}`) }))} />
          </Form.Item>
          <Form.Item name="replyRequired" label={t('documents.replyRequired')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="dueWorkingDays" label={t('documents.dueWorkingDays')} extra={t('documents.dueHint')}>
            <InputNumber min={1} max={60} />
          </Form.Item>
        </Space>
      </Form>
    </Drawer>
  );
}
