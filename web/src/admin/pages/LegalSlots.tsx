import { Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { useAct } from '../components/useAct';

/** A lawyer's own consultation slots: publish, see who booked and about what, record the outcome. */
export default function LegalSlots() {
  const { t, lang } = useI18n();
  const list = useAsync(() => call(api.GET('/api/legal-slots')), []);
  const act = useAct(async () => {
    setOutcomeFor(null);
    await list.reload();
  });
  const [form] = Form.useForm();
  const [outcomeForm] = Form.useForm();
  const [outcomeFor, setOutcomeFor] = useState<number | null>(null);
  const fmt = (s: string) =>
    new Date(s).toLocaleString(lang, {
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
  return (
    <Card title={t('admin.menu.legal')}>
      <Form
        form={form}
        layout="inline"
        style={{ marginBottom: 12 }}
        initialValues={{ mode: 'phone' }}
        onFinish={(v) =>
          act(() =>
            call(
              api.POST('/api/legal-slots', {
                body: {
                  startsAt: v.range[0].toISOString(),
                  endsAt: v.range[1].toISOString(),
                  mode: v.mode,
                  place: v.place || null,
                },
              }),
            ),
          )
        }
      >
        <Form.Item name="range" rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="mode">
          <Select
            style={{ width: 100 }}
            options={['in_person', 'phone', 'video'].map((m) => ({
              value: m,
              label: t(`legal.mode.${m}` as MessageKey),
            }))}
          />
        </Form.Item>
        <Form.Item name="place">
          <Input placeholder={t('admin.legal.place')} maxLength={100} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('admin.legal.publish')}
        </Button>
      </Form>
      <Table
        rowKey="id"
        size="small"
        pagination={{ pageSize: 20 }}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 800 }}
        columns={[
          {
            title: t('admin.legal.time'),
            render: (_, s) =>
              `${fmt(s.startsAt)}–${new Date(s.endsAt).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' })}`,
          },
          {
            title: t('admin.legal.mode'),
            render: (_, s) => `${t(`legal.mode.${s.mode}` as const)}${s.place ? ` · ${s.place}` : ''}`,
          },
          {
            title: t('admin.legal.booking'),
            render: (_, s) =>
              s.status === 'cancelled' ? (
                <Tag>{t('legal.status.cancelled')}</Tag>
              ) : s.booking ? (
                <Space direction="vertical" size={0}>
                  <span>
                    {s.booking.memberName} {s.booking.phoneMasked}{' '}
                    <Tag>{t(`legal.status.${s.booking.status}` as const)}</Tag>
                  </span>
                  <Typography.Text type="secondary">{s.booking.topic}</Typography.Text>
                  {s.booking.outcome && <Typography.Text>{s.booking.outcome}</Typography.Text>}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('admin.legal.free')}</Typography.Text>
              ),
          },
          {
            title: t('common.actions'),
            render: (_, s) => (
              <Space size={0}>
                {s.booking?.status === 'booked' && (
                  <Button type="link" size="small" onClick={() => setOutcomeFor(s.booking?.id ?? null)}>
                    {t('admin.legal.outcome')}
                  </Button>
                )}
                {s.status === 'open' && new Date(s.startsAt) > new Date() && (
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() =>
                      act(
                        () => call(api.POST('/api/legal-slots/{id}/cancel', { params: { path: { id: s.id } } })),
                        'legal.done.cancelled',
                      )
                    }
                  >
                    {t('legal.cancel')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={outcomeFor !== null}
        title={t('admin.legal.outcome')}
        onCancel={() => setOutcomeFor(null)}
        onOk={() => outcomeForm.submit()}
        destroyOnHidden
      >
        <Form
          form={outcomeForm}
          layout="vertical"
          preserve={false}
          initialValues={{ status: 'completed' }}
          onFinish={(v) =>
            act(() =>
              call(
                api.POST('/api/consultations/{id}/outcome', {
                  params: { path: { id: outcomeFor ?? 0 } },
                  body: { status: v.status, outcome: v.outcome || null },
                }),
              ),
            )
          }
        >
          <Form.Item name="status">
            <Select
              options={[
                { value: 'completed', label: t('legal.status.completed') },
                { value: 'no_show', label: t('legal.status.no_show') },
              ]}
            />
          </Form.Item>
          <Form.Item name="outcome" label={t('admin.legal.advice')}>
            <Input.TextArea rows={4} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
