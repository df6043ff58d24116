// One article: the form while it is a draft (or withdrawn), a phone-width preview of what members will read, the
// workflow buttons the server allows (publish, send for review, approve, send back, withdraw) and the history.
import {
  Alert,
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Switch,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { content, members } from '../../api/enums';
import '../../shared/article.css';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { articleStatusColor } from '../pages/Articles';
import { ArticleAttachments } from './ArticleAttachments';
import { ReasonModal } from './ReasonModal';
import { RichTextEditor } from './RichTextEditor';
import { UnionSelect } from './UnionSelect';
import { useAct } from './useAct';

interface Values {
  unionId: number;
  kind: (typeof content.articleKinds)[number];
  title: string;
  summary?: string;
  bodyHtml: string;
  tags?: string[];
  audienceCategories?: Array<(typeof members.memberCategories)[number]>;
  audienceTags?: string[];
  pinned?: boolean;
  publishAt?: Dayjs | null;
  expiresAt?: Dayjs | null;
}

export function ArticleDrawer(props: { id: number | null; onClose: () => void; onSaved: (id: number) => unknown }) {
  const { t, lang } = useI18n();
  const { id } = props;
  const article = useAsync(
    () => (id ? call(api.GET('/api/articles/{id}', { params: { path: { id } } })) : Promise.resolve(null)),
    [id],
  );
  const [form] = Form.useForm<Values>();
  const [rejecting, setRejecting] = useState(false);
  const act = useAct(async () => {
    await article.reload();
    if (id) await props.onSaved(id);
  });
  const a = article.data;
  const editable = !id || a?.actions.includes('edit');
  const save = async (v: Values) => {
    const body = {
      ...v,
      summary: v.summary || null,
      tags: v.tags ?? [],
      audienceCategories: v.audienceCategories ?? [],
      audienceTags: v.audienceTags ?? [],
      pinned: v.pinned ?? false,
      publishAt: v.publishAt?.toISOString() ?? null,
      expiresAt: v.expiresAt?.toISOString() ?? null,
    };
    let saved: { id: number } | undefined;
    const ok = await act(async () => {
      saved = id
        ? await call(api.PUT('/api/articles/{id}', { params: { path: { id } }, body }))
        : await call(api.POST('/api/articles', { body }));
    }, 'content.done.saved');
    if (ok && saved && !id) await props.onSaved(saved.id);
  };
  const step = (s: 'publish' | 'submit' | 'approve' | 'withdraw') =>
    id &&
    act(
      () =>
        call(
          api.POST(`/api/articles/{id}/${s}` as '/api/articles/{id}/publish', {
            params: { path: { id } },
          }),
        ),
      `content.done.${s}`,
    );
  return (
    <Drawer
      open
      width={Math.min(1100, window.innerWidth)}
      onClose={props.onClose}
      title={a ? a.title : t('content.new')}
      extra={a && <Tag color={articleStatusColor[a.status]}>{t(`content.status.${a.status}`)}</Tag>}
    >
      {article.error && <Alert type="error" message={article.error.text(lang)} />}
      {a?.needsReview && a.status !== 'published' && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('content.needsReview')} />
      )}
      <div className="a-article">
        <div className="a-article-form">
          {editable && (id === null || a) ? (
            <Form<Values>
              key={id ?? 'new'}
              form={form}
              layout="vertical"
              onFinish={save}
              initialValues={
                a
                  ? {
                      ...a,
                      unionId: a.union.id,
                      publishAt: a.publishAt && a.status !== 'published' ? dayjs(a.publishAt) : null,
                      expiresAt: a.expiresAt ? dayjs(a.expiresAt) : null,
                    }
                  : { kind: 'news', pinned: false }
              }
            >
              <Form.Item name="unionId" label={t('content.union')} rules={[{ required: true }]}>
                <UnionSelect />
              </Form.Item>
              <Space wrap>
                <Form.Item name="kind" label={t('content.kind')} rules={[{ required: true }]}>
                  <Select
                    style={{ width: 160 }}
                    options={content.articleKinds.map((k) => ({ value: k, label: t(`content.kind.${k}`) }))}
                  />
                </Form.Item>
                <Form.Item name="pinned" label={t('content.pinned')} valuePropName="checked">
                  <Switch />
                </Form.Item>
              </Space>
              <Form.Item name="title" label={t('content.title')} rules={[{ required: true, max: 100 }]}>
                <Input maxLength={100} showCount />
              </Form.Item>
              <Form.Item name="summary" label={t('content.summary')} extra={t('content.summaryHint')}>
                <Input.TextArea rows={2} maxLength={200} showCount />
              </Form.Item>
              <Form.Item name="bodyHtml" label={t('content.body')} rules={[{ required: true }]}>
                <RichTextEditor />
              </Form.Item>
              <Form.Item name="tags" label={t('content.tags')}>
                <Select mode="tags" maxCount={10} tokenSeparators={[',', '，']} />
              </Form.Item>
              <Form.Item
                name="audienceCategories"
                label={t('content.audienceCategories')}
                extra={t('content.audienceHint')}
              >
                <Select
                  mode="multiple"
                  options={members.memberCategories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                />
              </Form.Item>
              <Form.Item name="audienceTags" label={t('content.audienceTags')}>
                <Select mode="tags" maxCount={10} tokenSeparators={[',', '，']} />
              </Form.Item>
              <Space wrap>
                <Form.Item name="publishAt" label={t('content.publishAt')} extra={t('content.publishAtHint')}>
                  <DatePicker showTime />
                </Form.Item>
                <Form.Item name="expiresAt" label={t('content.expiresAt')}>
                  <DatePicker showTime />
                </Form.Item>
              </Space>
              <Button type="primary" htmlType="submit" data-testid="article-save">
                {t('content.saveDraft')}
              </Button>
            </Form>
          ) : null}
          {a && id !== null && (
            <ArticleAttachments
              articleId={id}
              attachments={a.attachments}
              editable={Boolean(editable)}
              reload={article.reload}
            />
          )}
          {a && (
            <Space wrap style={{ marginTop: 16 }}>
              {a.actions.includes('publish') && (
                <Popconfirm
                  title={t('content.publishConfirm', { union: a.union.name })}
                  onConfirm={() => step('publish')}
                >
                  <Button type="primary" data-testid="article-publish">
                    {t('content.publish')}
                  </Button>
                </Popconfirm>
              )}
              {a.actions.includes('submit') && (
                <Button type="primary" onClick={() => step('submit')} data-testid="article-submit">
                  {t('content.submit')}
                </Button>
              )}
              {a.actions.includes('approve') && (
                <Popconfirm
                  title={t('content.publishConfirm', { union: a.union.name })}
                  onConfirm={() => step('approve')}
                >
                  <Button type="primary" data-testid="article-approve">
                    {t('content.approve')}
                  </Button>
                </Popconfirm>
              )}
              {a.actions.includes('reject') && (
                <Button onClick={() => setRejecting(true)} data-testid="article-reject">
                  {t('content.reject')}
                </Button>
              )}
              {a.actions.includes('withdraw') && (
                <Popconfirm title={t('content.withdrawConfirm')} onConfirm={() => step('withdraw')}>
                  <Button danger data-testid="article-withdraw">
                    {t('content.withdraw')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          )}
          {a && (
            <>
              <Typography.Title level={5} style={{ marginTop: 24 }}>
                {t('content.history')}
              </Typography.Title>
              <Timeline
                items={a.events.map((e) => ({
                  children: (
                    <>
                      {t(`content.event.${e.kind}` as 'content.event.created')}
                      {e.by && <span translate="no"> · {e.by}</span>}
                      <div className="a-muted">{new Date(e.at).toLocaleString(lang)}</div>
                      {e.reason && <div>{t('content.reason', { reason: e.reason })}</div>}
                    </>
                  ),
                }))}
              />
            </>
          )}
        </div>
        {a && (
          <aside className="a-article-preview" aria-label={t('content.preview')}>
            <Typography.Text type="secondary">{t('content.preview')}</Typography.Text>
            <div className="a-phone">
              <h1>{a.title}</h1>
              <div className="a-muted">
                <span translate="no">{a.union.name}</span> · {t(`content.kind.${a.kind}`)}
              </div>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server stored it through its allow-list sanitiser */}
              <div className="m-article-body" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
            </div>
          </aside>
        )}
      </div>
      <ReasonModal
        open={rejecting}
        title={t('content.reject')}
        label={t('content.rejectReason')}
        onCancel={() => setRejecting(false)}
        onSubmit={async (reason) => {
          if (
            id &&
            (await act(
              () => call(api.POST('/api/articles/{id}/reject', { params: { path: { id } }, body: { reason } })),
              'content.done.reject',
            ))
          )
            setRejecting(false);
        }}
      />
    </Drawer>
  );
}
