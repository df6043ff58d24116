import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useRef } from 'react';
import { api, call } from '../../api/client';
import { assistance } from '../../api/enums';
import { useI18n } from '../../i18n';
import { UnionSelect } from './UnionSelect';
import { useAct } from './useAct';

const causes = assistance.causes;
const employments = assistance.employments;
const relations = ['self', 'spouse', 'child', 'parent', 'other'] as const;
const conditions = assistance.healthConditions;

interface Values {
  unionId: number;
  name: string;
  idNumber: string;
  phone: string;
  cause: (typeof causes)[number];
  employment: (typeof employments)[number];
  emergency: boolean;
  household: Array<{ relation: (typeof relations)[number]; age: number; income: number; dependant?: boolean }>;
  condition: (typeof conditions)[number];
  healthNote?: string;
  medical: number;
  story: string;
  consent: boolean;
  guardianConsent?: boolean;
}

/** A cadre enters an application for a worker who cannot apply in the app (member or not), with their consent. */
export function EnterApplication({
  open,
  onClose,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const created = useRef(0);
  const act = useAct(() => onSaved(created.current));
  const submit = (v: Values) =>
    act(async () => {
      const res = await call(
        api.POST('/api/assistance', {
          body: {
            unionId: v.unionId,
            applicant: { name: v.name, idNumber: v.idNumber, phone: v.phone },
            cause: v.cause,
            employment: v.employment,
            emergency: v.emergency ?? false,
            household: v.household.map((p) => ({
              relation: p.relation,
              age: p.age,
              annualIncomeFen: Math.round((p.income ?? 0) * 100),
              dependant: p.dependant ?? false,
            })),
            health: { condition: v.condition, note: v.healthNote || null },
            medicalSelfPaidFen: Math.round((v.medical ?? 0) * 100),
            story: v.story,
            consent: true,
            guardianConsent: v.guardianConsent ?? false,
          },
        }),
      );
      created.current = res.id;
    });
  return (
    <Modal
      open={open}
      width={760}
      title={t('admin.assistance.enter')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={{
          cause: 'illness',
          employment: 'employed',
          condition: 'healthy',
          medical: 0,
          household: [{ relation: 'self', income: 0 }],
        }}
      >
        <Form.Item name="unionId" label={t('admin.assistance.union')} rules={[{ required: true }]}>
          <UnionSelect />
        </Form.Item>
        <Space wrap>
          <Form.Item name="name" label={t('member.me.name')} rules={[{ required: true, max: 50 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="idNumber" label={t('member.me.idNumber')} rules={[{ required: true }]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="phone" label={t('member.me.phone')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="cause" label={t('assistance.causeLabel')}>
            <Select
              style={{ width: 140 }}
              options={causes.map((c) => ({ value: c, label: t(`assistance.cause.${c}` as const) }))}
            />
          </Form.Item>
          <Form.Item name="employment" label={t('assistance.employmentLabel')}>
            <Select
              style={{ width: 140 }}
              options={employments.map((c) => ({ value: c, label: t(`assistance.employment.${c}` as const) }))}
            />
          </Form.Item>
          <Form.Item name="condition" label={t('assistance.health')}>
            <Select
              style={{ width: 140 }}
              options={conditions.map((c) => ({ value: c, label: t(`assistance.condition.${c}` as const) }))}
            />
          </Form.Item>
          <Form.Item name="medical" label={t('assistance.medical')}>
            <InputNumber min={0} precision={2} />
          </Form.Item>
          <Form.Item name="emergency" label={t('assistance.emergency')} valuePropName="checked">
            <Checkbox />
          </Form.Item>
        </Space>
        <div style={{ marginBottom: 8 }}>{t('assistance.household')}</div>
        <Form.List name="household">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} wrap align="start">
                  <Form.Item name={[f.name, 'relation']} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 100 }}
                      options={relations.map((r) => ({ value: r, label: t(`assistance.relation.${r}` as const) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'age']} rules={[{ required: true }]}>
                    <InputNumber min={0} max={120} precision={0} placeholder={t('assistance.age')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'income']} rules={[{ required: true }]}>
                    <InputNumber
                      min={0}
                      max={10_000_000}
                      precision={2}
                      placeholder={t('assistance.income')}
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dependant']} valuePropName="checked">
                    <Checkbox>{t('assistance.dependant')}</Checkbox>
                  </Form.Item>
                  {fields.length > 1 && <Button onClick={() => remove(f.name)}>×</Button>}
                </Space>
              ))}
              <Button
                size="small"
                onClick={() => add({ relation: 'child', income: 0, dependant: true })}
                disabled={fields.length >= 30}
              >
                {t('assistance.addPerson')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="healthNote" label={t('assistance.healthNote')} style={{ marginTop: 12 }}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="story" label={t('assistance.story')} rules={[{ required: true, max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Alert type="warning" message={t('assistance.consentText')} />
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[
            {
              validator: (_, v) =>
                v ? Promise.resolve() : Promise.reject(new Error(t('admin.assistance.consentRequired'))),
            },
          ]}
        >
          <Checkbox>{t('admin.assistance.consentGiven')}</Checkbox>
        </Form.Item>
        {/* PI-05: shown when the household includes a child under 14; the server refuses without it. */}
        <Form.Item noStyle shouldUpdate>
          {() =>
            (form.getFieldValue('household') as Values['household'] | undefined)?.some(
              (p) => p && p.relation !== 'self' && typeof p.age === 'number' && p.age < 14,
            ) ? (
              <Form.Item
                name="guardianConsent"
                valuePropName="checked"
                rules={[
                  {
                    validator: (_, v) =>
                      v ? Promise.resolve() : Promise.reject(new Error(t('assistance.guardianConsentRequired'))),
                  },
                ]}
              >
                <Checkbox>{t('admin.assistance.guardianConsentGiven')}</Checkbox>
              </Form.Item>
            ) : null
          }
        </Form.Item>
      </Form>
    </Modal>
  );
}
