// 零工驿站 in the console: choose a station the caller runs, open its public daily board (for the station's screen),
// register walk-in workers at the counter (their consent to be texted asked and recorded), and see today's walk-ins.
import { Button, Card, Checkbox, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { StationSelect } from '../../admin/components/StationSelect';
import { useAct } from '../../admin/components/useAct';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';

interface Values {
  name: string;
  phone: string;
  skills: string[];
  kinds: Array<'gig' | 'long_term'>;
  consent: boolean;
}

export function GigStationTab() {
  const { t, lang } = useI18n();
  const [stationId, setStationId] = useState<number | undefined>();
  const walkins = useAsync(
    async () => (stationId ? call(api.GET('/api/gig-walkins', { params: { query: { stationId } } })) : null),
    [stationId],
  );
  const [form] = Form.useForm<Values>();
  const act = useAct(walkins.reload);
  const submit = async (v: Values) => {
    if (!stationId) return;
    const ok = await act(
      () => call(api.POST('/api/gig-walkins', { body: { ...v, stationId } })),
      (r) => t(r.member ? 'jobsAdmin.walkinMember' : 'jobsAdmin.walkinSaved'),
    );
    if (ok) form.resetFields();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card title={t('jobsAdmin.gigStations')}>
        <Typography.Paragraph type="secondary">{t('jobsAdmin.gigHint')}</Typography.Paragraph>
        <Space wrap>
          <div style={{ width: 320 }}>
            <StationSelect
              placeholder={t('jobsAdmin.pickStation')}
              value={stationId}
              onChange={(id) => setStationId(id ?? undefined)}
            />
          </div>
          {stationId && (
            <Button href={`/gig-board/${stationId}`} target="_blank">
              {t('jobsAdmin.openBoard')}
            </Button>
          )}
        </Space>
      </Card>
      {stationId && (
        <Card title={t('jobsAdmin.walkin')}>
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{ kinds: ['gig'], skills: [], consent: false }}
            style={{ maxWidth: 520 }}
          >
            <Form.Item
              name="name"
              label={t('jobsAdmin.walkinName')}
              rules={[{ required: true, max: 30, message: t('jobsAdmin.required') }]}
            >
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item
              name="phone"
              label={t('jobsAdmin.phone')}
              rules={[{ required: true, message: t('jobsAdmin.required') }]}
            >
              <Input maxLength={20} inputMode="numeric" />
            </Form.Item>
            <Form.Item name="skills" label={t('jobsAdmin.skills')} extra={t('jobsAdmin.skillsHint')}>
              <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} />
            </Form.Item>
            <Form.Item name="kinds" label={t('jobsAdmin.kind')}>
              <Checkbox.Group
                options={(['gig', 'long_term'] as const).map((k) => ({
                  value: k,
                  label: t(`jobs.kind.${k}` as MessageKey),
                }))}
              />
            </Form.Item>
            <Form.Item name="consent" valuePropName="checked" extra={t('jobsAdmin.consentHint')}>
              <Checkbox>{t('jobsAdmin.consent')}</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('jobsAdmin.register')}
            </Button>
          </Form>
        </Card>
      )}
      {stationId && (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={walkins.data?.items ?? []}
          locale={{ emptyText: t('jobsAdmin.noWalkins') }}
          columns={[
            { title: t('jobsAdmin.walkinName'), dataIndex: 'name' },
            { title: t('jobsAdmin.phone'), dataIndex: 'phone' },
            { title: t('jobsAdmin.skills'), render: (_, w) => w.skills.join('、') || '—' },
            {
              title: t('jobsAdmin.consent'),
              render: (_, w) => (
                <Tag color={w.consent ? 'green' : 'default'}>{t(w.consent ? 'jobsAdmin.yes' : 'jobsAdmin.no')}</Tag>
              ),
            },
            {
              title: t('jobsAdmin.registeredAt'),
              render: (_, w) => new Date(w.registeredAt).toLocaleString(lang, { timeZone: 'Asia/Shanghai' }),
            },
          ]}
        />
      )}
    </Space>
  );
}
