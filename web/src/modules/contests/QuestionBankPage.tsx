// 题库: the questions of the caller's subtree, searchable; a new one is checked as typed (one right option for
// single choice and true/false, two or more for multiple choice) and again by the server.
import {
  Alert,
  Button,
  Checkbox,
  Drawer,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Upload,
} from 'antd';
import { useState } from 'react';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { useAct } from '../../admin/components/useAct';
import { ListPage, usePagedList } from '../../admin/kit/ListPage';
import { ApiError, api, call, postBytes } from '../../api/client';
import { useI18n } from '../../i18n';

type Kind = 'single' | 'multiple' | 'judge';

export default function QuestionBankPage() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const list = usePagedList(
    (page, pageSize) =>
      call(api.GET('/api/quiz/questions', { params: { query: { q: q || undefined, page, pageSize } } })),
    [q],
  );
  const act = useAct(list.reload);
  return (
    <>
      <ListPage
        title={t('quiz.menu')}
        hint={t('quiz.hint')}
        list={list}
        empty={t('quiz.empty')}
        filters={<Input.Search allowClear placeholder={t('quiz.search')} onSearch={setQ} style={{ maxWidth: 320 }} />}
        extra={
          <Space>
            <Button onClick={() => setImporting(true)} data-testid="quiz-import">
              {t('quiz.import')}
            </Button>
            <Button type="primary" onClick={() => setAdding(true)} data-testid="quiz-add">
              {t('quiz.add')}
            </Button>
          </Space>
        }
        columns={[
          {
            title: t('quiz.stem'),
            render: (_, x) => (
              <Space direction="vertical" size={2}>
                <span>{x.stem}</span>
                <span>
                  {x.options.map((o, i) => (
                    <Tag key={o} color={x.answer.includes(i) ? 'green' : undefined}>
                      {String.fromCharCode(65 + i)}. {o}
                    </Tag>
                  ))}
                </span>
              </Space>
            ),
          },
          { title: t('quiz.kind'), width: 90, render: (_, x) => t(`quiz.kind.${x.kind}`) },
          { title: t('quiz.tags'), width: 140, render: (_, x) => x.tags.map((g) => <Tag key={g}>{g}</Tag>) },
          { title: t('quiz.union'), width: 160, render: (_, x) => x.union.name },
          {
            title: t('common.actions'),
            width: 100,
            render: (_, x) => (
              <Popconfirm
                title={t('quiz.retireConfirm')}
                onConfirm={() =>
                  act(
                    () => call(api.POST('/api/quiz/questions/{id}/retire', { params: { path: { id: x.id } } })),
                    'quiz.retired',
                  )
                }
              >
                <Button size="small" danger>
                  {t('quiz.retire')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <AddQuestion open={adding} onClose={() => setAdding(false)} onAdded={list.reload} />
      {importing && <ImportQuestions onClose={() => setImporting(false)} onAdded={list.reload} />}
    </>
  );
}

interface Values {
  unionId: number;
  kind: Kind;
  stem: string;
  options: string[];
  answer: number[] | number;
  explanation?: string;
  tags?: string[];
}

function AddQuestion({ open, onClose, onAdded }: { open: boolean; onClose: () => void; onAdded: () => unknown }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'single';
  const options: string[] = Form.useWatch('options', form) ?? [];
  const act = useAct(onAdded);
  const choices = options.map((o, i) => ({ value: i, label: `${String.fromCharCode(65 + i)}. ${o ?? ''}` }));
  const submit = async (v: Values) => {
    const answer = Array.isArray(v.answer) ? v.answer : [v.answer];
    const ok = await act(
      () => call(api.POST('/api/quiz/questions', { body: { ...v, answer, tags: v.tags ?? [] } })),
      'quiz.added',
    );
    if (ok) {
      form.resetFields();
      onClose();
    }
  };
  return (
    <Drawer open={open} onClose={onClose} title={t('quiz.add')} width={520} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'single', options: ['', '', '', ''] }}
        onValuesChange={(changed) => {
          if (changed.kind === 'judge') form.setFieldsValue({ options: ['对', '错'], answer: undefined });
          else if (changed.kind) form.setFieldsValue({ answer: undefined });
        }}
      >
        <Form.Item
          name="unionId"
          label={t('quiz.union')}
          rules={[{ required: true, message: t('quiz.unionRequired') }]}
        >
          <UnionSelect />
        </Form.Item>
        <Form.Item name="kind" label={t('quiz.kind')}>
          <Radio.Group
            options={(['single', 'multiple', 'judge'] as const).map((k) => ({ value: k, label: t(`quiz.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="stem"
          label={t('quiz.stem')}
          rules={[{ required: true, max: 500, message: t('quiz.stemRequired') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.List name="options">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Form.Item key={field.key} label={`${t('quiz.option')} ${String.fromCharCode(65 + i)}`} required>
                  <Space.Compact style={{ width: '100%' }}>
                    <Form.Item
                      name={field.name}
                      noStyle
                      rules={[{ required: true, max: 100, message: t('quiz.optionRequired') }]}
                    >
                      <Input disabled={kind === 'judge'} />
                    </Form.Item>
                    {kind !== 'judge' && fields.length > 2 && (
                      <Button onClick={() => remove(field.name)}>{t('quiz.removeOption')}</Button>
                    )}
                  </Space.Compact>
                </Form.Item>
              ))}
              {kind !== 'judge' && fields.length < 6 && (
                <Button onClick={() => add('')} style={{ marginBottom: 16 }}>
                  {t('quiz.addOption')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Form.Item
          name="answer"
          label={t('quiz.answer')}
          rules={[
            {
              validator: async (_, value) => {
                const n = Array.isArray(value) ? value.length : value === undefined ? 0 : 1;
                if (kind === 'multiple' ? n < 2 : n !== 1)
                  throw new Error(t(kind === 'multiple' ? 'quiz.answerMany' : 'quiz.answerOne'));
              },
            },
          ]}
        >
          {kind === 'multiple' ? <Checkbox.Group options={choices} /> : <Radio.Group options={choices} />}
        </Form.Item>
        <Form.Item name="explanation" label={t('quiz.explanation')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="tags" label={t('quiz.tags')}>
          <Select mode="tags" maxCount={5} open={false} placeholder={t('quiz.tagsHint')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block>
          {t('quiz.save')}
        </Button>
      </Form>
    </Drawer>
  );
}

type ImportResult = {
  added: number;
  problems: Array<{ row: number; problem: 'formula' | 'kind' | 'stem' | 'options' | 'answer' }>;
};

/** A spreadsheet of questions, all or none: the rows to fix are listed by the number the spreadsheet shows. */
function ImportQuestions({ onClose, onAdded }: { onClose: () => void; onAdded: () => unknown }) {
  const { t, lang } = useI18n();
  const [unionId, setUnionId] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const send = async (file: File) => {
    if (!unionId) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const r = await postBytes<ImportResult>(
        `/api/quiz/questions/import?unionId=${unionId}&fileName=${encodeURIComponent(file.name)}`,
        file,
      );
      setResult(r);
      if (r.added > 0) await onAdded();
    } catch (e) {
      setError(e instanceof ApiError ? e.text(lang) : t('quiz.importFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open onCancel={onClose} footer={null} title={t('quiz.import')} width={640}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('quiz.importHint')} />
        <UnionSelect value={unionId} onChange={setUnionId} placeholder={t('quiz.unionRequired')} />
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          disabled={!unionId || busy}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button loading={busy} disabled={!unionId} data-testid="quiz-import-file">
            {t('quiz.importChoose')}
          </Button>
        </Upload>
        {error && <Alert type="error" showIcon message={error} />}
        {result && result.added > 0 && (
          <Alert type="success" showIcon message={t('quiz.importAdded', { n: result.added })} />
        )}
        {result && result.problems.length > 0 && (
          <>
            <Alert type="warning" showIcon message={t('quiz.importProblems', { n: result.problems.length })} />
            <Table
              size="small"
              rowKey="row"
              pagination={{ pageSize: 10 }}
              dataSource={result.problems}
              columns={[
                { title: t('quiz.importRow'), dataIndex: 'row', width: 90 },
                { title: t('quiz.importProblem'), render: (_, p) => t(`quiz.problem.${p.problem}`) },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
