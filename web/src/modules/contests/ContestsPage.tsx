// 知识竞赛 in the console: contests of the caller's subtree, a new one set up from the bank as a draft, published
// with a confirmation, and its results: by person (answers faster than reading flagged) and by union.
import {
  Alert,
  App,
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorText } from '../../admin/components/errors';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { useAct } from '../../admin/components/useAct';
import { ListPage, serverPagination, usePagedList } from '../../admin/kit/ListPage';
import { api, call, downloadFile } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';

const when = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' });

export default function ContestsPage() {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [results, setResults] = useState<number | null>(null);
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/contests', { params: { query: { page, pageSize } } })),
    [],
  );
  const act = useAct(list.reload);
  const publish = (id: number, opensAt: string) =>
    modal.confirm({
      title: t('contests.publishConfirm'),
      content:
        Date.parse(opensAt) < Date.now()
          ? t('contests.publishNow')
          : t('contests.publishLater', { at: when(opensAt, lang) }),
      onOk: () =>
        act(() => call(api.POST('/api/contests/{id}/publish', { params: { path: { id } } })), 'contests.published'),
    });
  return (
    <>
      <ListPage
        title={t('contests.menu')}
        hint={t('contests.hint')}
        list={list}
        empty={t('contests.empty')}
        extra={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="contest-new">
            {t('contests.new')}
          </Button>
        }
        columns={[
          { title: t('contests.titleField'), dataIndex: 'title' },
          { title: t('quiz.union'), render: (_, c) => c.union.name },
          { title: t('contests.window'), render: (_, c) => `${when(c.opensAt, lang)} – ${when(c.closesAt, lang)}` },
          {
            title: t('contests.status'),
            render: (_, c) =>
              c.status === 'draft' ? (
                <Tag>{t('contests.status.draft')}</Tag>
              ) : (
                <Tag color={c.open ? 'green' : 'default'}>
                  {t(c.open ? 'contests.status.open' : 'contests.status.published')}
                </Tag>
              ),
          },
          { title: t('contests.participants'), dataIndex: 'participants', width: 90 },
          {
            title: t('common.actions'),
            render: (_, c) => (
              <Space>
                {c.status === 'draft' && (
                  <Button size="small" type="primary" onClick={() => publish(c.id, c.opensAt)}>
                    {t('contests.publish')}
                  </Button>
                )}
                <Button size="small" onClick={() => setResults(c.id)}>
                  {t('contests.results')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <NewContest open={creating} onClose={() => setCreating(false)} onCreated={list.reload} />
      {results !== null && <Results id={results} onClose={() => setResults(null)} />}
    </>
  );
}

interface Values {
  unionId: number;
  title: string;
  description?: string;
  window: [Dayjs, Dayjs];
  questionsPerAttempt: number;
  secondsPerQuestion: number;
  attemptsPerDay: number;
  pointsPerCorrect: number;
  questionIds: number[];
}

function NewContest({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => unknown }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const bank = useAsync(
    () =>
      open
        ? call(api.GET('/api/quiz/questions', { params: { query: { q: q || undefined, pageSize: 100 } } }))
        : Promise.resolve(null),
    [open, q],
  );
  const act = useAct(onCreated);
  const submit = async ({ window: [from, to], ...v }: Values) => {
    const ok = await act(
      () =>
        call(api.POST('/api/contests', { body: { ...v, opensAt: from.toISOString(), closesAt: to.toISOString() } })),
      'contests.created',
    );
    if (ok) {
      form.resetFields();
      onClose();
    }
  };
  return (
    <Drawer open={open} onClose={onClose} title={t('contests.new')} width={560} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ questionsPerAttempt: 5, secondsPerQuestion: 20, attemptsPerDay: 1, pointsPerCorrect: 2 }}
      >
        <Form.Item
          name="unionId"
          label={t('quiz.union')}
          rules={[{ required: true, message: t('quiz.unionRequired') }]}
        >
          <UnionSelect />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('contests.titleField')}
          rules={[{ required: true, max: 100, message: t('contests.titleRequired') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('contests.description')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="window"
          label={t('contests.window')}
          rules={[{ required: true, message: t('contests.windowRequired') }]}
        >
          <DatePicker.RangePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="questionsPerAttempt" label={t('contests.questionsPerAttempt')} rules={[{ required: true }]}>
            <InputNumber min={1} max={50} />
          </Form.Item>
          <Form.Item name="secondsPerQuestion" label={t('contests.secondsPerQuestion')} rules={[{ required: true }]}>
            <InputNumber min={5} max={300} />
          </Form.Item>
          <Form.Item name="attemptsPerDay" label={t('contests.attemptsPerDay')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10} />
          </Form.Item>
          <Form.Item name="pointsPerCorrect" label={t('contests.pointsPerCorrect')}>
            <InputNumber min={0} max={100} />
          </Form.Item>
        </Space>
        <Form.Item
          name="questionIds"
          label={t('contests.questions')}
          extra={t('contests.questionsHint')}
          rules={[
            { required: true, message: t('contests.questionsRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, ids: number[] = []) => {
                if (ids.length < (getFieldValue('questionsPerAttempt') ?? 1))
                  throw new Error(t('contests.tooFewQuestions'));
              },
            }),
          ]}
        >
          <Select
            mode="multiple"
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={bank.loading}
            options={(bank.data?.items ?? []).map((x) => ({ value: x.id, label: x.stem }))}
            notFoundContent={t('quiz.empty')}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block>
          {t('contests.saveDraft')}
        </Button>
      </Form>
    </Drawer>
  );
}

function Results({ id, onClose }: { id: number; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const people = useAsync(
    () => call(api.GET('/api/contests/{id}/leaderboard', { params: { path: { id }, query: page } })),
    [id, page],
  );
  const unions = useAsync(() => call(api.GET('/api/contests/{id}/unions', { params: { path: { id } } })), [id]);
  const error = people.error ?? unions.error;
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const download = async () => {
    setExporting(true);
    try {
      await downloadFile(`/api/contests/${id}/results.xlsx`, 'results.xlsx');
    } catch (e) {
      message.error(errorText(e, lang));
    } finally {
      setExporting(false);
    }
  };
  return (
    <Modal open onCancel={onClose} footer={null} width={820} title={t('contests.results')}>
      {error && <Alert type="error" showIcon message={error.text(lang)} />}
      <Button loading={exporting} onClick={download} data-testid="contest-export" style={{ marginBottom: 8 }}>
        {t('contests.export')}
      </Button>
      <Tabs
        items={[
          {
            key: 'people',
            label: t('contests.byPerson'),
            children: (
              <Table
                rowKey={(r) => `${r.rank}-${r.name}-${r.ms}`}
                loading={people.loading}
                dataSource={people.data?.items ?? []}
                pagination={serverPagination(t, {
                  current: page.page,
                  pageSize: page.pageSize,
                  total: people.data?.total ?? 0,
                  onChange: (p) => setPage({ page: p, pageSize: page.pageSize }),
                })}
                locale={{ emptyText: t('contests.noResults') }}
                columns={[
                  { title: t('contests.rank'), dataIndex: 'rank', width: 70 },
                  { title: t('contests.name'), dataIndex: 'name' },
                  { title: t('quiz.union'), dataIndex: 'union' },
                  { title: t('contests.correct'), dataIndex: 'correct', width: 90 },
                  {
                    title: t('contests.time'),
                    render: (_, r) => t('contests.seconds', { s: (r.ms / 1000).toFixed(1) }),
                  },
                  { title: '', render: (_, r) => r.flagged && <Tag color="red">{t('contests.flagged')}</Tag> },
                ]}
              />
            ),
          },
          {
            key: 'unions',
            label: t('contests.byUnion'),
            children: (
              <Table
                rowKey={(r) => r.union.id}
                loading={unions.loading}
                dataSource={unions.data?.items ?? []}
                pagination={false}
                locale={{ emptyText: t('contests.noResults') }}
                columns={[
                  { title: t('quiz.union'), render: (_, r) => r.union.name },
                  { title: t('contests.members'), dataIndex: 'members' },
                  { title: t('contests.participants'), dataIndex: 'participants' },
                  { title: t('contests.rate'), render: (_, r) => `${(r.rate * 100).toFixed(1)}%` },
                  { title: t('contests.average'), dataIndex: 'averageCorrect' },
                ]}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
