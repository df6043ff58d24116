import {
  Alert,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { appeals } from '../../api/enums';
import { type MessageKey, useI18n } from '../../i18n';
import { fenToYuan } from '../../shared/money';
import { useAsync } from '../../shared/useAsync';
import { UnionSelect } from '../components/UnionSelect';
import { useAct } from '../components/useAct';
import { ListPage, usePagedList } from '../kit/ListPage';

const statuses = appeals.appealStatuses;
const categories = appeals.categories;
const targets = appeals.referralTargets;

interface Deadline {
  dueAt: string | null;
  metAt: string | null;
  overdue: boolean;
  paused: boolean;
  usedMinutes: number;
  budgetMinutes: number;
}

function DeadlineTag({ d }: { d: Deadline }) {
  const { t, lang } = useI18n();
  if (d.metAt)
    return (
      <Tag color={d.overdue ? 'orange' : 'green'}>{d.overdue ? t('admin.appeals.late') : t('admin.appeals.met')}</Tag>
    );
  if (d.paused) return <Tag>{t('admin.appeals.paused')}</Tag>;
  if (d.overdue) return <Tag color="red">{t('admin.appeals.overdue')}</Tag>;
  return (
    <Tag color="blue">
      {d.dueAt
        ? new Date(d.dueAt).toLocaleString(lang, {
            month: 'numeric',
            day: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
          })
        : '—'}
    </Tag>
  );
}

/** Appeals in my subtree, with deadline state derived from each case's history; hotline calls are entered here. */
export default function Appeals() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<(typeof statuses)[number] | undefined>();
  const [category, setCategory] = useState<(typeof categories)[number] | undefined>();
  const [filter, setFilter] = useState<'overdue' | 'flagged' | 'watching' | undefined>();
  const [open, setOpen] = useState<number | null>(null);
  const [hotline, setHotline] = useState(false);
  const list = usePagedList(
    (page, pageSize) =>
      call(
        api.GET('/api/appeals', {
          params: {
            query: {
              status,
              category,
              overdue: filter === 'overdue' ? 'true' : undefined,
              flagged: filter === 'flagged' ? 'true' : undefined,
              watching: filter === 'watching' ? 'true' : undefined,
              page,
              pageSize,
            },
          },
        }),
      ),
    [status, category, filter],
  );
  return (
    <ListPage
      title={t('admin.menu.appeals')}
      list={list}
      scrollX={1000}
      onOpen={(x) => setOpen(x.id)}
      extra={
        <Button type="primary" onClick={() => setHotline(true)}>
          {t('admin.appeals.hotline')}
        </Button>
      }
      filters={
        <Space wrap>
          <Select
            allowClear
            placeholder={t('admin.unions.status')}
            style={{ width: 160 }}
            value={status}
            onChange={setStatus}
            options={statuses.map((s) => ({ value: s, label: t(`appeal.status.${s}` as const) }))}
          />
          <Select
            allowClear
            placeholder={t('appeal.categoryLabel')}
            style={{ width: 160 }}
            value={category}
            onChange={setCategory}
            options={categories.map((s) => ({ value: s, label: t(`appeal.category.${s}` as const) }))}
          />
          <Select
            allowClear
            placeholder={t('admin.appeals.filter')}
            style={{ width: 160 }}
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'overdue', label: t('admin.appeals.overdue') },
              { value: 'flagged', label: t('admin.appeals.flagged') },
              { value: 'watching', label: t('admin.appeals.watching') },
            ]}
          />
        </Space>
      }
      columns={[
        { title: '#', dataIndex: 'id' },
        { title: t('appeal.categoryLabel'), render: (_, x) => t(`appeal.category.${x.category}` as const) },
        { title: t('appeal.employer'), dataIndex: 'employerName' },
        {
          title: t('admin.appeals.workerName'),
          render: (_, x) => `${x.workerName}${x.channel === 'hotline' ? ' ☎' : ''}`,
        },
        { title: t('appeal.owed'), render: (_, x) => fenToYuan(x.amountOwedFen, lang) },
        {
          title: t('admin.assistance.union'),
          render: (_, x) => (
            <>
              {x.union.name}
              {x.escalations > 0 && <Tag color="red">↑{x.escalations}</Tag>}
              {x.watching && <Tag color="default">{t('admin.appeals.watchingTag')}</Tag>}
            </>
          ),
        },
        {
          title: t('admin.unions.status'),
          render: (_, x) => (
            <>
              <Tag>{t(`appeal.status.${x.status}` as const)}</Tag>
              {x.flagged && <Tag color="red">{t('admin.appeals.flagged')}</Tag>}
            </>
          ),
        },
        { title: t('admin.appeals.firstResponse'), render: (_, x) => <DeadlineTag d={x.firstResponse} /> },
        { title: t('admin.appeals.resolution'), render: (_, x) => <DeadlineTag d={x.resolution} /> },
      ]}
    >
      {open !== null && <AppealDrawer id={open} onClose={() => setOpen(null)} onChanged={list.reload} />}
      <HotlineModal open={hotline} onClose={() => setHotline(false)} onSaved={list.reload} />
    </ListPage>
  );
}

type Step = 'accept' | 'start' | 'refer' | 'refuse' | 'requestInfo' | 'note' | 'resolve' | 'reopen';

function AppealDrawer({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: () => unknown }) {
  const { t, lang } = useI18n();
  const appeal = useAsync(() => call(api.GET('/api/appeals/{id}', { params: { path: { id } } })), [id]);
  const [step, setStep] = useState<Step | null>(null);
  const [form] = Form.useForm();
  const act = useAct(async () => {
    setStep(null);
    await Promise.all([appeal.reload(), onChanged()]);
  });
  const a = appeal.data;
  const path = { path: { id } };
  const run = (s: Step, v: Record<string, unknown> = {}) =>
    act(() => {
      switch (s) {
        case 'accept':
          return call(api.POST('/api/appeals/{id}/accept', { params: path }));
        case 'start':
          return call(api.POST('/api/appeals/{id}/start', { params: path }));
        case 'refer':
          return call(
            api.POST('/api/appeals/{id}/refer', {
              params: path,
              body: { to: v.to as (typeof targets)[number], note: v.text as string },
            }),
          );
        case 'refuse':
          return call(api.POST('/api/appeals/{id}/refuse', { params: path, body: { reason: v.text as string } }));
        case 'requestInfo':
          return call(api.POST('/api/appeals/{id}/request-info', { params: path, body: { text: v.text as string } }));
        case 'note':
          return call(api.POST('/api/appeals/{id}/notes', { params: path, body: { text: v.text as string } }));
        case 'reopen':
          return call(api.POST('/api/appeals/{id}/reopen', { params: path, body: { reason: v.text as string } }));
        case 'resolve':
          return call(
            api.POST('/api/appeals/{id}/resolve', {
              params: path,
              body: {
                outcome: v.text as string,
                recoveredFen: Math.round(Number(v.recovered ?? 0) * 100),
                workersCovered: Number(v.workers ?? 0),
              },
            }),
          );
      }
    });
  const buttons: Step[] = ['accept', 'start', 'requestInfo', 'resolve', 'refer', 'refuse', 'note', 'reopen'];
  return (
    <Drawer
      open
      width={Math.min(720, window.innerWidth)}
      onClose={onClose}
      title={a ? `#${a.id} ${a.employerName}` : ''}
    >
      {appeal.error && <Alert type="error" message={appeal.error.text(lang)} />}
      {a && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            {buttons
              .filter((b) => a.actions.includes(b))
              .map((b) => (
                <Button
                  key={b}
                  type={b === 'accept' || b === 'resolve' ? 'primary' : 'default'}
                  danger={b === 'refuse'}
                  onClick={() => (b === 'accept' || b === 'start' ? run(b) : setStep(b))}
                  data-testid={`appeal-${b}`}
                >
                  {t(`admin.appeals.step.${b}` as const)}
                </Button>
              ))}
          </Space>
          {a.watching && (
            <Alert
              type="info"
              data-testid="appeal-watching"
              message={t('admin.appeals.watchingHint', { union: a.union.name })}
              style={{ marginBottom: 12 }}
            />
          )}
          {a.flagged && (
            <Alert
              type="warning"
              message={t('admin.appeals.flaggedHint', { rating: a.rating ?? '' })}
              style={{ marginBottom: 12 }}
            />
          )}
          <Descriptions size="small" bordered column={2}>
            <Descriptions.Item label={t('admin.unions.status')}>
              {t(`appeal.status.${a.status}` as const)}
            </Descriptions.Item>
            <Descriptions.Item label={t('appeal.categoryLabel')}>
              {t(`appeal.category.${a.category}` as const)}
            </Descriptions.Item>
            <Descriptions.Item label={t('admin.appeals.workerName')}>{a.workerName}</Descriptions.Item>
            <Descriptions.Item label={t('member.me.phone')}>{a.phoneMasked ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('appeal.owed')}>{fenToYuan(a.amountOwedFen, lang)}</Descriptions.Item>
            <Descriptions.Item label={t('appeal.people')}>{a.peopleAffected}</Descriptions.Item>
            <Descriptions.Item label={t('admin.appeals.firstResponse')}>
              <DeadlineTag d={a.firstResponse} />
            </Descriptions.Item>
            <Descriptions.Item label={t('admin.appeals.resolution')}>
              <DeadlineTag d={a.resolution} />
            </Descriptions.Item>
            <Descriptions.Item label={t('appeal.description')} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{a.description}</span>
            </Descriptions.Item>
            {a.outcome && (
              <Descriptions.Item label={t('admin.appeals.step.resolve')} span={2}>
                {a.outcome} · {fenToYuan(a.recoveredFen, lang)} ·{' '}
                {t('admin.appeals.workers', { n: a.workersCovered ?? 0 })}
              </Descriptions.Item>
            )}
            {a.rating !== null && (
              <Descriptions.Item label={t('appeal.rate')} span={2}>
                {'★'.repeat(a.rating)} {a.ratingComment}
              </Descriptions.Item>
            )}
          </Descriptions>
          {a.evidence.length > 0 && (
            <Card size="small" title={t('evidence.label')} style={{ marginTop: 12 }}>
              {a.evidence.map((f) => (
                <div key={f.id}>
                  <a href={`/api/files/${f.id}`} target="_blank" rel="noreferrer">
                    {f.name}
                  </a>
                </div>
              ))}
            </Card>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('appeal.progress')}
          </Typography.Title>
          <Timeline
            items={a.events.map((e) => ({
              color: e.kind === 'escalated' ? 'red' : undefined,
              children: `${new Date(e.at).toLocaleString(lang)} · ${t(`appeal.event.${e.kind}` as MessageKey)}${e.union ? ` · ${e.union}` : ''}${e.by ? ` · ${e.by}` : ''}${[
                'text',
                'question',
                'reason',
                'note',
                'outcome',
              ]
                .map((k) => e.detail?.[k])
                .filter((x) => typeof x === 'string')
                .map((x) => ` · ${x}`)
                .join('')}`,
            }))}
          />
        </>
      )}
      <Modal
        open={step !== null}
        title={step ? t(`admin.appeals.step.${step}` as const) : ''}
        onCancel={() => setStep(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => step && run(step, v)}>
          {step === 'refer' && (
            <Form.Item name="to" label={t('admin.appeals.referTo')} rules={[{ required: true }]}>
              <Select options={targets.map((x) => ({ value: x, label: t(`appeal.referral.${x}` as const) }))} />
            </Form.Item>
          )}
          <Form.Item
            name="text"
            label={t(`admin.appeals.text.${step ?? 'note'}` as const)}
            rules={[{ required: true, max: step === 'resolve' ? 500 : 200 }]}
          >
            <Input.TextArea rows={3} data-testid="appeal-step-text" />
          </Form.Item>
          {step === 'resolve' && (
            <Space>
              <Form.Item name="recovered" label={t('admin.appeals.recovered')}>
                <InputNumber min={0} precision={2} data-testid="appeal-recovered" />
              </Form.Item>
              <Form.Item name="workers" label={t('admin.appeals.workersCovered')}>
                <InputNumber min={0} max={100000} precision={0} data-testid="appeal-workers" />
              </Form.Item>
            </Space>
          )}
        </Form>
      </Modal>
    </Drawer>
  );
}

function HotlineModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => unknown }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const act = useAct(async () => {
    onClose();
    await onSaved();
  });
  return (
    <Modal
      open={open}
      title={t('admin.appeals.hotline')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ category: 'wage_arrears', peopleAffected: 1, anonymous: false }}
        onFinish={(v) =>
          act(
            () =>
              call(
                api.POST('/api/appeals', {
                  body: {
                    category: v.category,
                    workerName: v.workerName,
                    phone: v.phone,
                    employerName: v.employerName,
                    amountOwedFen: v.owed ? Math.round(v.owed * 100) : undefined,
                    peopleAffected: v.peopleAffected,
                    description: v.description,
                    areaUnionId: v.areaUnionId,
                    anonymous: v.anonymous,
                  },
                }),
              ),
            'admin.appeals.done.hotline',
          )
        }
      >
        <Space wrap>
          <Form.Item name="category" label={t('appeal.categoryLabel')} rules={[{ required: true }]}>
            <Select
              style={{ width: 160 }}
              options={categories.map((s) => ({ value: s, label: t(`appeal.category.${s}` as const) }))}
            />
          </Form.Item>
          <Form.Item name="workerName" label={t('admin.appeals.workerName')} rules={[{ required: true, max: 50 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="phone" label={t('member.me.phone')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="employerName" label={t('appeal.employer')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="owed" label={t('appeal.owed')}>
            <InputNumber min={0} precision={2} />
          </Form.Item>
          <Form.Item name="peopleAffected" label={t('appeal.people')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100000} precision={0} />
          </Form.Item>
          <Form.Item name="anonymous" label={t('appeal.anonymous')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item name="areaUnionId" label={t('appeal.area')} extra={t('appeal.areaHint')}>
          <UnionSelect excludeLevel="base" />
        </Form.Item>
        <Form.Item name="description" label={t('appeal.description')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
