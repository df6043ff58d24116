// Volunteer points rules in the console: every version of the subtree's unions, newest first, and publishing a new
// version (a version is never edited: the awards made under it name it). The form says in words what an order earns.
import { Button, Card, Col, Drawer, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { useAct } from '../../admin/components/useAct';
import { ListPage, usePagedList } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { volunteers } from '../../api/enums';
import { useI18n } from '../../i18n';
import { specialtyKey } from './format';

type Specialty = (typeof volunteers.specialties)[number];

export function RulesTab() {
  const { t, lang } = useI18n();
  const [publishing, setPublishing] = useState(false);
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/volunteer-point-rules', { params: { query: { page, pageSize } } })),
    [],
  );
  return (
    <>
      <ListPage
        title={t('volunteers.rules')}
        hint={t('volunteers.rulesHint')}
        list={list}
        empty={t('volunteers.noRules')}
        extra={
          <Button type="primary" onClick={() => setPublishing(true)} data-testid="rule-new">
            {t('volunteers.publishRule')}
          </Button>
        }
        columns={[
          { title: t('volunteers.union'), render: (_, r) => r.union.name },
          { title: t('volunteers.version'), width: 80, render: (_, r) => t('volunteers.versionN', { n: r.version }) },
          {
            title: t('volunteers.ruleSummary'),
            render: (_, r) =>
              t('volunteer.rulesText', {
                union: '',
                version: r.version,
                orderPoints: r.orderPoints,
                min: r.bonusMinRating,
                bonus: r.bonusPoints,
                hour: r.hourPoints,
              }).replace(/^[^：:]*[：:]\s*/, ''),
          },
          {
            title: t('volunteers.bySpecialty'),
            render: (_, r) =>
              Object.entries(r.pointsBySpecialty)
                .map(([s, n]) => `${t(specialtyKey(s))} ${n}`)
                .join('、') || '—',
          },
          { title: t('volunteers.ruleNote'), dataIndex: 'note' },
          {
            title: t('volunteers.publishedAt'),
            width: 170,
            render: (_, r) =>
              `${new Date(r.publishedAt).toLocaleDateString(lang, { timeZone: 'Asia/Shanghai' })} · ${r.publishedBy}`,
          },
        ]}
      />
      <PublishRule open={publishing} onClose={() => setPublishing(false)} onPublished={list.reload} />
    </>
  );
}

interface RuleValues {
  unionId: number;
  orderPoints: number;
  bySpecialty: Partial<Record<Specialty, number | null>>;
  bonusMinRating: number;
  bonusPoints: number;
  hourPoints: number;
  note?: string;
}

function PublishRule(props: { open: boolean; onClose: () => void; onPublished: () => Promise<void> }) {
  const { t } = useI18n();
  const [form] = Form.useForm<RuleValues>();
  const act = useAct(props.onPublished);
  const values = Form.useWatch([], form);
  const submit = async ({ bySpecialty, ...v }: RuleValues) => {
    const pointsBySpecialty = Object.fromEntries(
      Object.entries(bySpecialty ?? {}).filter(([, n]) => typeof n === 'number'),
    ) as Partial<Record<Specialty, number>>;
    const ok = await act(
      () => call(api.POST('/api/volunteer-point-rules', { body: { ...v, pointsBySpecialty } })),
      'volunteers.rulePublished',
    );
    if (ok) {
      form.resetFields();
      props.onClose();
    }
  };
  return (
    <Drawer open={props.open} onClose={props.onClose} title={t('volunteers.publishRule')} width={560} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ orderPoints: 10, bonusMinRating: 5, bonusPoints: 5, hourPoints: 10, bySpecialty: {} }}
      >
        <Form.Item
          name="unionId"
          label={t('volunteers.union')}
          rules={[{ required: true, message: t('volunteers.unionRequired') }]}
        >
          <UnionSelect />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="orderPoints" label={t('volunteers.orderPoints')} rules={[{ required: true }]}>
              <InputNumber min={0} max={1000} data-testid="rule-order-points" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="hourPoints" label={t('volunteers.hourPoints')} rules={[{ required: true }]}>
              <InputNumber min={0} max={1000} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="bonusMinRating" label={t('volunteers.bonusMinRating')} rules={[{ required: true }]}>
              <InputNumber min={1} max={5} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="bonusPoints" label={t('volunteers.bonusPoints')} rules={[{ required: true }]}>
              <InputNumber min={0} max={1000} />
            </Form.Item>
          </Col>
        </Row>
        <Card size="small" title={t('volunteers.bySpecialty')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('volunteers.bySpecialtyHint')}</Typography.Paragraph>
          <Row gutter={12}>
            {volunteers.specialties.map((s) => (
              <Col span={8} key={s}>
                <Form.Item name={['bySpecialty', s]} label={t(specialtyKey(s))}>
                  <InputNumber min={0} max={1000} placeholder={String(values?.orderPoints ?? '')} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
        <Form.Item name="note" label={t('volunteers.ruleNote')}>
          <Input maxLength={300} />
        </Form.Item>
        {values && (
          <Typography.Paragraph data-testid="rule-example">
            {t('volunteers.ruleExample', {
              base: values.bySpecialty?.repair ?? values.orderPoints ?? 0,
              min: values.bonusMinRating ?? 5,
              total: (values.bySpecialty?.repair ?? values.orderPoints ?? 0) + (values.bonusPoints ?? 0),
            })}
          </Typography.Paragraph>
        )}
        <Space>
          <Button type="primary" htmlType="submit" data-testid="rule-publish">
            {t('volunteers.publishRule')}
          </Button>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
