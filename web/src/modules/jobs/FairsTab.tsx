// 招聘会 in the console: the job fairs of the caller's subtree, setting one up (at a station's hall where there is
// one), and one fair's drawer: its booths (an employer on record, or a name), how many members registered, and
// cancelling it (those registered are told why).
import { Button, DatePicker, Descriptions, Drawer, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { EmployerSelect } from '../../admin/components/EmployerSelect';
import { ReasonModal } from '../../admin/components/ReasonModal';
import { StationSelect } from '../../admin/components/StationSelect';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { useAct } from '../../admin/components/useAct';
import { ListPage, usePagedList } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { chinaMoment } from '../../shared/chinaTime';
import { useAsync } from '../../shared/useAsync';

export function FairsTab() {
  const { t, lang } = useI18n();
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/job-fairs', { params: { query: { page, pageSize } } })),
    [],
  );
  return (
    <>
      <ListPage
        title={t('jobsAdmin.fairs')}
        hint={t('jobsAdmin.fairsHint')}
        list={list}
        empty={t('jobsAdmin.noFairs')}
        onOpen={(row) => setOpen(row.id)}
        extra={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="fair-new">
            {t('jobsAdmin.newFair')}
          </Button>
        }
        columns={[
          { title: t('jobsAdmin.fairTitle'), dataIndex: 'title' },
          { title: t('jobsAdmin.fairUnion'), render: (_, f) => f.union.name },
          {
            title: t('jobsAdmin.fairWhen'),
            width: 220,
            render: (_, f) => `${chinaMoment(f.startsAt, lang)} – ${chinaMoment(f.endsAt, lang)}`,
          },
          {
            title: t('jobsAdmin.fairPlace'),
            render: (_, f) => (f.station ? `${f.station.name} · ${f.place}` : f.place),
          },
          { title: t('jobsAdmin.booths'), width: 80, dataIndex: 'booths' },
          { title: t('jobsAdmin.visitors'), width: 90, dataIndex: 'visitors' },
          {
            title: t('jobsAdmin.statusField'),
            width: 90,
            render: (_, f) => <FairStatus status={f.status} endsAt={f.endsAt} />,
          },
        ]}
      />
      <NewFair open={creating} onClose={() => setCreating(false)} onCreated={list.reload} />
      <Drawer
        open={open !== null}
        onClose={() => setOpen(null)}
        width={640}
        title={t('jobsAdmin.fair')}
        destroyOnHidden
      >
        {open !== null && <Fair id={open} onChanged={list.reload} />}
      </Drawer>
    </>
  );
}

function FairStatus({ status, endsAt }: { status: 'published' | 'cancelled'; endsAt: string }) {
  const { t } = useI18n();
  if (status === 'cancelled') return <Tag>{t('jobsAdmin.fairCancelled')}</Tag>;
  if (new Date(endsAt) <= new Date()) return <Tag>{t('jobsAdmin.fairOver')}</Tag>;
  return <Tag color="green">{t('jobsAdmin.fairOpen')}</Tag>;
}

interface FairValues {
  unionId: number;
  title: string;
  description?: string;
  stationId?: number | null;
  place: string;
  when: [Dayjs, Dayjs];
}

function NewFair(props: { open: boolean; onClose: () => void; onCreated: () => Promise<void> }) {
  const { t } = useI18n();
  const [form] = Form.useForm<FairValues>();
  const act = useAct(props.onCreated);
  const submit = async ({ when, ...v }: FairValues) => {
    const body = { ...v, startsAt: when[0].toISOString(), endsAt: when[1].toISOString() };
    if (await act(() => call(api.POST('/api/job-fairs', { body })), 'jobsAdmin.fairCreated')) {
      form.resetFields();
      props.onClose();
    }
  };
  return (
    <Drawer open={props.open} onClose={props.onClose} title={t('jobsAdmin.newFair')} width={520} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="unionId"
          label={t('jobsAdmin.fairUnion')}
          rules={[{ required: true, message: t('jobsAdmin.required') }]}
        >
          <UnionSelect />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('jobsAdmin.fairTitle')}
          rules={[{ required: true, max: 50, message: t('jobsAdmin.required') }]}
        >
          <Input maxLength={50} placeholder={t('jobsAdmin.fairTitleExample')} data-testid="fair-title" />
        </Form.Item>
        <Form.Item
          name="when"
          label={t('jobsAdmin.fairWhen')}
          rules={[{ required: true, message: t('jobsAdmin.required') }]}
        >
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="stationId" label={t('jobsAdmin.fairStation')} extra={t('jobsAdmin.fairStationHint')}>
          <StationSelect
            placeholder={t('jobsAdmin.notAtStation')}
            onPick={(s) => {
              if (s) form.setFieldValue('place', `${s.name} ${s.address}`.slice(0, 100));
            }}
          />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('jobsAdmin.fairPlace')}
          rules={[{ required: true, max: 100, message: t('jobsAdmin.required') }]}
        >
          <Input maxLength={100} data-testid="fair-place" />
        </Form.Item>
        <Form.Item name="description" label={t('jobsAdmin.fairDescription')}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" block data-testid="fair-submit">
          {t('jobsAdmin.createFair')}
        </Button>
      </Form>
    </Drawer>
  );
}

function Fair({ id, onChanged }: { id: number; onChanged: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const fair = useAsync(() => call(api.GET('/api/job-fairs/{id}', { params: { path: { id } } })), [id]);
  const act = useAct(async () => {
    await fair.reload();
    await onChanged();
  });
  const [cancelling, setCancelling] = useState(false);
  const f = fair.data;
  if (!f) return null;
  const editable = f.status === 'published' && new Date(f.endsAt) > new Date();
  const remove = (boothId: number) =>
    act(
      () => call(api.DELETE('/api/job-fairs/{id}/booths/{boothId}', { params: { path: { id, boothId } } })),
      'jobsAdmin.boothRemoved',
    );
  const cancel = async (reason: string) => {
    setCancelling(false);
    await act(
      () => call(api.POST('/api/job-fairs/{id}/cancel', { params: { path: { id } }, body: { reason } })),
      'jobsAdmin.fairCancelledDone',
    );
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('jobsAdmin.fairTitle')}>{f.title}</Descriptions.Item>
        <Descriptions.Item label={t('jobsAdmin.fairUnion')}>{f.union.name}</Descriptions.Item>
        <Descriptions.Item label={t('jobsAdmin.fairWhen')}>
          {chinaMoment(f.startsAt, lang)} – {chinaMoment(f.endsAt, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t('jobsAdmin.fairPlace')}>
          {f.station ? `${f.station.name} · ${f.place}` : f.place}
        </Descriptions.Item>
        <Descriptions.Item label={t('jobsAdmin.statusField')}>
          <FairStatus status={f.status} endsAt={f.endsAt} />
          {f.cancelReason && <span>{t('jobsAdmin.cancelReason', { reason: f.cancelReason })}</span>}
        </Descriptions.Item>
        <Descriptions.Item label={t('jobsAdmin.visitors')}>
          {t('jobsAdmin.visitorsText', { n: f.visitors })}
        </Descriptions.Item>
        {f.description && <Descriptions.Item label={t('jobsAdmin.fairDescription')}>{f.description}</Descriptions.Item>}
      </Descriptions>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={f.boothList}
        locale={{ emptyText: t('jobsAdmin.noBooths') }}
        columns={[
          { title: t('jobsAdmin.boothNo'), dataIndex: 'boothNo', width: 80 },
          {
            title: t('jobsAdmin.employer'),
            render: (_, b) => (
              <>
                {b.employer.name} {b.employer.id === null && <Tag>{t('jobsAdmin.notOnRecord')}</Tag>}
                {b.note && <Typography.Text type="secondary"> · {b.note}</Typography.Text>}
              </>
            ),
          },
          { title: t('jobsAdmin.openJobs'), dataIndex: 'openJobs', width: 90 },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  width: 80,
                  render: (_: unknown, b: { id: number }) => (
                    <Popconfirm title={t('jobsAdmin.removeBoothConfirm')} onConfirm={() => void remove(b.id)}>
                      <Button size="small" danger>
                        {t('jobsAdmin.removeBooth')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && (
        <>
          <AddBooth id={id} act={act} />
          <Button danger onClick={() => setCancelling(true)}>
            {t('jobsAdmin.cancelFair')}
          </Button>
        </>
      )}
      <ReasonModal
        open={cancelling}
        title={t('jobsAdmin.cancelFair')}
        label={t('jobsAdmin.cancelFairReason')}
        onCancel={() => setCancelling(false)}
        onSubmit={(reason) => void cancel(reason)}
      />
    </Space>
  );
}

interface BoothValues {
  boothNo: string;
  employerId?: number;
  employerName?: string;
  note?: string;
}

/** A booth for an employer on record (searched by name) or, failing that, one named here. */
function AddBooth({ id, act }: { id: number; act: ReturnType<typeof useAct> }) {
  const { t } = useI18n();
  const [form] = Form.useForm<BoothValues>();
  const submit = async (v: BoothValues) => {
    const body = v.employerId ? { ...v, employerName: undefined } : v;
    const ok = await act(
      () => call(api.POST('/api/job-fairs/{id}/booths', { params: { path: { id } }, body })),
      'jobsAdmin.boothAdded',
    );
    if (ok) form.resetFields();
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="booth-form">
      <Space align="start" wrap>
        <Form.Item
          name="boothNo"
          label={t('jobsAdmin.boothNo')}
          rules={[{ required: true, max: 10, message: t('jobsAdmin.required') }]}
        >
          <Input maxLength={10} style={{ width: 90 }} placeholder="A01" data-testid="booth-no" />
        </Form.Item>
        <Form.Item name="employerId" label={t('jobsAdmin.employerOnRecord')}>
          <EmployerSelect style={{ width: 240 }} notFound={t('jobsAdmin.employerNone')} />
        </Form.Item>
        <Form.Item name="employerName" label={t('jobsAdmin.employerOther')}>
          <Input maxLength={100} style={{ width: 200 }} data-testid="booth-employer" />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={t('jobsAdmin.boothNote')}>
        <Input maxLength={200} placeholder={t('jobsAdmin.boothNoteExample')} />
      </Form.Item>
      <Button htmlType="submit" data-testid="booth-add">
        {t('jobsAdmin.addBooth')}
      </Button>
    </Form>
  );
}
