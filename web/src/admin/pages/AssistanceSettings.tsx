import {
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { assistance } from '../../api/enums';
import { useI18n } from '../../i18n';
import { fenToYuan } from '../../shared/money';
import { useAsync } from '../../shared/useAsync';
import { UnionSelect } from '../components/UnionSelect';
import { useAct } from '../components/useAct';

const kinds = assistance.programKinds;
const tiers = assistance.tiers;
const causes = assistance.causes;
const yuan = (n: number) => Math.round(n * 100);

/** What the member screens and the profile depend on: budgets, help programs, versioned rules. */
export default function AssistanceSettings() {
  const { t } = useI18n();
  return (
    <Card title={t('admin.menu.assistanceSettings')}>
      <Tabs
        items={[
          { key: 'budgets', label: t('admin.assistance.budgets'), children: <Budgets /> },
          { key: 'programs', label: t('admin.assistance.programs'), children: <Programs /> },
          { key: 'rules', label: t('admin.assistance.rules'), children: <Rules /> },
        ]}
      />
    </Card>
  );
}

function Budgets() {
  const { t, lang } = useI18n();
  const list = useAsync(() => call(api.GET('/api/assistance-budgets')), []);
  const act = useAct(list.reload);
  const [form] = Form.useForm();
  return (
    <>
      <Form
        form={form}
        layout="inline"
        style={{ marginBottom: 12 }}
        onFinish={(v) =>
          act(() =>
            call(
              api.PUT('/api/assistance-budgets', {
                body: { unionId: v.unionId, year: v.year, amountFen: yuan(v.amount) },
              }),
            ),
          )
        }
      >
        <Form.Item name="unionId" rules={[{ required: true }]}>
          <UnionSelect placeholder={t('admin.assistance.union')} />
        </Form.Item>
        <Form.Item name="year" initialValue={new Date().getFullYear()} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="amount" rules={[{ required: true }]}>
          <InputNumber min={0.01} precision={2} placeholder={t('admin.assistance.amountYuan')} style={{ width: 160 }} />
        </Form.Item>
        <Button htmlType="submit" type="primary">
          {t('common.save')}
        </Button>
      </Form>
      <Table
        rowKey={(b) => `${b.union.id}/${b.year}`}
        size="small"
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('admin.assistance.union'), render: (_, b) => b.union.name },
          { title: t('admin.assistance.year'), dataIndex: 'year' },
          { title: t('admin.assistance.budget'), render: (_, b) => fenToYuan(b.amountFen, lang) },
          { title: t('admin.assistance.committed'), render: (_, b) => fenToYuan(b.committedFen, lang) },
          { title: t('admin.assistance.paid'), render: (_, b) => fenToYuan(b.disbursedFen, lang) },
          { title: t('admin.assistance.left'), render: (_, b) => fenToYuan(b.amountFen - b.committedFen, lang) },
        ]}
      />
    </>
  );
}

function Programs() {
  const { t, lang } = useI18n();
  const list = useAsync(() => call(api.GET('/api/assistance-programs')), []);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [form] = Form.useForm();
  const act = useAct(async () => {
    setEditing(null);
    await list.reload();
  });
  const open = (id: number | 'new') => {
    const p = list.data?.items.find((x) => x.id === id);
    form.setFieldsValue(
      p
        ? { ...p, unionId: p.union.id, maxAmount: p.maxAmountFen ? p.maxAmountFen / 100 : undefined }
        : { kind: 'material_aid', tiers: [], causes: [], active: true },
    );
    setEditing(id);
  };
  const save = (v: Record<string, unknown>) => {
    const body = {
      unionId: v.unionId as number,
      kind: v.kind as (typeof kinds)[number],
      name: v.name as string,
      description: v.description as string,
      tiers: (v.tiers as Array<(typeof tiers)[number]>) ?? [],
      causes: (v.causes as Array<(typeof causes)[number]>) ?? [],
      maxAmountFen: v.maxAmount ? yuan(v.maxAmount as number) : null,
      active: v.active as boolean,
    };
    return act(() =>
      editing === 'new'
        ? call(api.POST('/api/assistance-programs', { body }))
        : call(api.PUT('/api/assistance-programs/{id}', { params: { path: { id: editing as number } }, body })),
    );
  };
  return (
    <>
      <Button type="primary" onClick={() => open('new')} style={{ marginBottom: 12 }}>
        {t('admin.assistance.addProgram')}
      </Button>
      <Table
        rowKey="id"
        size="small"
        dataSource={list.data?.items ?? []}
        pagination={false}
        onRow={(p) => ({ onClick: () => open(p.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('admin.assistance.kind'), render: (_, p) => t(`assistance.program.${p.kind}` as const) },
          { title: t('admin.assistance.programName'), dataIndex: 'name' },
          { title: t('admin.assistance.union'), render: (_, p) => p.union.name },
          {
            title: t('assistance.tierLabel'),
            render: (_, p) =>
              p.tiers.length ? p.tiers.map((x) => t(`assistance.tier.${x}` as const)).join('、') : '—',
          },
          { title: t('admin.assistance.maxAmount'), render: (_, p) => fenToYuan(p.maxAmountFen, lang) },
          { title: t('admin.unions.status'), render: (_, p) => (p.active ? <Tag color="green">✓</Tag> : <Tag>—</Tag>) },
        ]}
      />
      <Modal
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        title={t('admin.assistance.programs')}
      >
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item name="unionId" label={t('admin.assistance.union')} rules={[{ required: true }]}>
            <UnionSelect />
          </Form.Item>
          <Form.Item name="kind" label={t('admin.assistance.kind')} rules={[{ required: true }]}>
            <Select options={kinds.map((k) => ({ value: k, label: t(`assistance.program.${k}` as const) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('admin.assistance.programName')} rules={[{ required: true, max: 60 }]}>
            <Input />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('admin.assistance.description')}
            rules={[{ required: true, max: 500 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="tiers" label={t('assistance.tierLabel')}>
            <Select
              mode="multiple"
              options={tiers.map((k) => ({ value: k, label: t(`assistance.tier.${k}` as const) }))}
            />
          </Form.Item>
          <Form.Item name="causes" label={t('assistance.causeLabel')}>
            <Select
              mode="multiple"
              options={causes.map((k) => ({ value: k, label: t(`assistance.cause.${k}` as const) }))}
            />
          </Form.Item>
          <Form.Item name="maxAmount" label={t('admin.assistance.maxAmount')}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="active" label={t('admin.assistance.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

const loadRules = () => call(api.GET('/api/assistance-rules'));

interface RuleForm {
  minLiving: number;
  lowIncome: number;
  medicalBurdenPercent: number;
  dependantSharePercent: number;
  dependantIncomeMarginPercent: number;
  accidentMin: number;
  approvalThreshold: number;
  emergencyThreshold: number;
  yearlyCap: number;
  note: string;
  lines?: unknown;
}

function Rules() {
  const { t, lang } = useI18n();
  const list = useAsync(loadRules, []);
  const [form] = Form.useForm();
  const [editing, setEditing] = useState(false);
  const act = useAct(async () => {
    setEditing(false);
    await list.reload();
  });
  const current = list.data?.items[0];
  const open = () => {
    if (!current) return;
    const c = current.config;
    form.setFieldsValue({
      ...c,
      minLiving: c.defaultLine.minLivingMonthlyFen / 100,
      lowIncome: c.defaultLine.lowIncomeMonthlyFen / 100,
      accidentMin: c.accidentMinFen / 100,
      approvalThreshold: c.approvalThresholdFen / 100,
      emergencyThreshold: c.emergencyThresholdFen / 100,
      yearlyCap: c.yearlyCapFen / 100,
      lines: c.lines.map((l) => ({
        unionId: l.unionId,
        name: l.name,
        minLiving: l.minLivingMonthlyFen / 100,
        lowIncome: l.lowIncomeMonthlyFen / 100,
      })),
      note: '',
    });
    setEditing(true);
  };
  const publish = (v: RuleForm) => {
    const lines = (
      (v.lines as Array<{ unionId: number; name: string; minLiving: number; lowIncome: number }>) ?? []
    ).map((l) => ({
      unionId: l.unionId,
      name: l.name,
      minLivingMonthlyFen: yuan(l.minLiving),
      lowIncomeMonthlyFen: yuan(l.lowIncome),
    }));
    const config = {
      lines,
      defaultLine: { minLivingMonthlyFen: yuan(v.minLiving), lowIncomeMonthlyFen: yuan(v.lowIncome) },
      medicalBurdenPercent: v.medicalBurdenPercent,
      dependantSharePercent: v.dependantSharePercent,
      dependantIncomeMarginPercent: v.dependantIncomeMarginPercent,
      accidentMinFen: yuan(v.accidentMin),
      approvalThresholdFen: yuan(v.approvalThreshold),
      emergencyThresholdFen: yuan(v.emergencyThreshold),
      yearlyCapFen: yuan(v.yearlyCap),
    };
    return act(() => call(api.POST('/api/assistance-rules', { body: { config, note: v.note } })));
  };
  return (
    <>
      <Typography.Paragraph type="secondary">{t('admin.assistance.rulesHint')}</Typography.Paragraph>
      <Button type="primary" onClick={open} disabled={!current} style={{ marginBottom: 12 }}>
        {t('admin.assistance.newVersion')}
      </Button>
      <Table
        rowKey="version"
        size="small"
        pagination={false}
        dataSource={list.data?.items ?? []}
        columns={[
          { title: 'v', dataIndex: 'version' },
          { title: t('admin.assistance.note'), dataIndex: 'note' },
          {
            title: t('admin.assistance.lines'),
            render: (_, r) =>
              `${fenToYuan(r.config.defaultLine.minLivingMonthlyFen, lang)} / ${fenToYuan(r.config.defaultLine.lowIncomeMonthlyFen, lang)}${
                r.config.lines.length ? ` +${r.config.lines.length}` : ''
              }`,
          },
          { title: t('admin.assistance.threshold'), render: (_, r) => fenToYuan(r.config.approvalThresholdFen, lang) },
          { title: t('admin.assistance.cap'), render: (_, r) => fenToYuan(r.config.yearlyCapFen, lang) },
          {
            title: t('admin.applications.submittedAt'),
            render: (_, r) => `${new Date(r.createdAt).toLocaleString(lang)} ${r.createdBy ?? ''}`,
          },
        ]}
      />
      <Modal
        open={editing}
        width={720}
        onCancel={() => setEditing(false)}
        onOk={() => form.submit()}
        title={t('admin.assistance.newVersion')}
      >
        <Form form={form} layout="vertical" onFinish={publish}>
          <Space wrap>
            <Form.Item name="minLiving" label={t('admin.assistance.minLiving')} rules={[{ required: true }]}>
              <InputNumber min={0.01} precision={2} />
            </Form.Item>
            <Form.Item name="lowIncome" label={t('admin.assistance.lowIncome')} rules={[{ required: true }]}>
              <InputNumber min={0.01} precision={2} />
            </Form.Item>
            <Form.Item
              name="medicalBurdenPercent"
              label={t('admin.assistance.medicalBurden')}
              rules={[{ required: true }]}
            >
              <InputNumber min={1} max={100} addonAfter="%" />
            </Form.Item>
            <Form.Item
              name="dependantSharePercent"
              label={t('admin.assistance.dependantShare')}
              rules={[{ required: true }]}
            >
              <InputNumber min={1} max={100} addonAfter="%" />
            </Form.Item>
            <Form.Item
              name="dependantIncomeMarginPercent"
              label={t('admin.assistance.dependantMargin')}
              rules={[{ required: true }]}
            >
              <InputNumber min={100} max={300} addonAfter="%" />
            </Form.Item>
            <Form.Item name="accidentMin" label={t('admin.assistance.accidentMin')} rules={[{ required: true }]}>
              <InputNumber min={0} precision={2} />
            </Form.Item>
            <Form.Item name="approvalThreshold" label={t('admin.assistance.threshold')} rules={[{ required: true }]}>
              <InputNumber min={0.01} precision={2} />
            </Form.Item>
            <Form.Item
              name="emergencyThreshold"
              label={t('admin.assistance.emergencyThreshold')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0.01} precision={2} />
            </Form.Item>
            <Form.Item name="yearlyCap" label={t('admin.assistance.cap')} rules={[{ required: true }]}>
              <InputNumber min={0.01} precision={2} />
            </Form.Item>
          </Space>
          <Form.List name="lines">
            {(fields, { add, remove }) => (
              <>
                <Typography.Text strong>{t('admin.assistance.lines')}</Typography.Text>
                {fields.map((f) => (
                  <Space key={f.key} wrap align="start">
                    <Form.Item name={[f.name, 'unionId']} rules={[{ required: true }]}>
                      <UnionSelect placeholder={t('admin.assistance.union')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, max: 40 }]}>
                      <Input placeholder={t('admin.assistance.regionName')} style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'minLiving']} rules={[{ required: true }]}>
                      <InputNumber min={0.01} precision={2} placeholder={t('admin.assistance.minLiving')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'lowIncome']} rules={[{ required: true }]}>
                      <InputNumber min={0.01} precision={2} placeholder={t('admin.assistance.lowIncome')} />
                    </Form.Item>
                    <Button onClick={() => remove(f.name)}>×</Button>
                  </Space>
                ))}
                <div>
                  <Button size="small" onClick={() => add()}>
                    {t('admin.assistance.addLine')}
                  </Button>
                </div>
              </>
            )}
          </Form.List>
          <Form.Item
            name="note"
            label={t('admin.assistance.versionNote')}
            rules={[{ required: true, max: 200 }]}
            style={{ marginTop: 12 }}
          >
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
