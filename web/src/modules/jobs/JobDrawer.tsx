// One job in the console: what it offers, its review (a second cadre approves or rejects it with a note), how many
// the suggestions reached (a count, never who), closing it, and its applicants, moved to an interview (time and
// place), hired or turned down, each step told to the member.
import { App, Button, DatePicker, Descriptions, Drawer, Form, Input, Modal, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ReasonModal } from '../../admin/components/ReasonModal';
import { useAct } from '../../admin/components/useAct';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';

export function JobDrawer(props: { id: number | null; onClose: () => void; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  return (
    <Drawer open={props.id !== null} onClose={props.onClose} title={t('jobsAdmin.job')} width={720} destroyOnHidden>
      {props.id !== null && <Job id={props.id} onChanged={props.onChanged} />}
    </Drawer>
  );
}

function Job({ id, onChanged }: { id: number; onChanged: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const job = useAsync(() => call(api.GET('/api/jobs/{id}', { params: { path: { id } } })), [id]);
  const applicants = useAsync(
    () => call(api.GET('/api/jobs/{id}/applications', { params: { path: { id }, query: { pageSize: 100 } } })),
    [id],
  );
  const [rejecting, setRejecting] = useState(false);
  const [inviting, setInviting] = useState<number | null>(null);
  const [turningDown, setTurningDown] = useState<number | null>(null);
  const act = useAct(async () => {
    await Promise.all([job.reload(), applicants.reload(), onChanged()]);
  });
  const review = (approve: boolean, note?: string) =>
    act(
      () => call(api.POST('/api/jobs/{id}/review', { params: { path: { id } }, body: { approve, note } })),
      approve ? 'jobsAdmin.approved' : 'jobsAdmin.rejected',
    );
  const move = (
    appId: number,
    body: { status: 'interview' | 'hired' | 'rejected'; interviewAt?: string; interviewPlace?: string; note?: string },
  ) =>
    act(
      () => call(api.POST('/api/job-applications/{id}/move', { params: { path: { id: appId } }, body })),
      `jobsAdmin.moved.${body.status}` as MessageKey,
    );
  const j = job.data;
  if (!j) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="job-drawer">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('jobsAdmin.titleField')}>{j.title}</Descriptions.Item>
        <Descriptions.Item label={t('jobsAdmin.employer')}>{j.employer.name}</Descriptions.Item>
        <Descriptions.Item label={t('jobsAdmin.pay')}>
          {t('jobs.pay', { min: j.payMin, max: j.payMax, unit: t(`jobs.unit.${j.payUnit}` as MessageKey) })} ·{' '}
          {t(`jobs.kind.${j.kind}` as MessageKey)} · {t('jobs.headcount', { n: j.headcount })}
        </Descriptions.Item>
        <Descriptions.Item label={t('jobsAdmin.place')}>{j.place}</Descriptions.Item>
        {j.description && <Descriptions.Item label={t('jobsAdmin.description')}>{j.description}</Descriptions.Item>}
        <Descriptions.Item label={t('jobsAdmin.statusField')}>
          <Tag>{t(`jobsAdmin.status.${j.status}` as MessageKey)}</Tag>
          {t('jobsAdmin.postedBy', { name: j.postedBy })}
          {j.reviewedBy && ` · ${t('jobsAdmin.reviewedBy', { name: j.reviewedBy })}`}
          {j.reviewNote && ` · ${j.reviewNote}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('jobsAdmin.reached')}>
          <span data-testid="job-reached">{t('jobsAdmin.reachedText', { n: j.reached })}</span>
        </Descriptions.Item>
      </Descriptions>
      <Space>
        {j.canReview && (
          <>
            <Button type="primary" onClick={() => void review(true)} data-testid="job-approve">
              {t('jobsAdmin.approve')}
            </Button>
            <Button danger onClick={() => setRejecting(true)}>
              {t('jobsAdmin.reject')}
            </Button>
          </>
        )}
        {j.status === 'in_review' && !j.canReview && <Tag color="orange">{t('jobsAdmin.waitsForOther')}</Tag>}
        {(j.status === 'published' || j.status === 'in_review') && (
          <Button
            onClick={() =>
              modal.confirm({
                title: t('jobsAdmin.closeConfirm'),
                onOk: () =>
                  act(() => call(api.POST('/api/jobs/{id}/close', { params: { path: { id } } })), 'jobsAdmin.closed'),
              })
            }
          >
            {t('jobsAdmin.close')}
          </Button>
        )}
      </Space>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={applicants.data?.items ?? []}
        locale={{ emptyText: t('jobsAdmin.noApplicants') }}
        expandable={{ expandedRowRender: (a) => a.intro, defaultExpandAllRows: true }}
        columns={[
          { title: t('jobsAdmin.applicant'), dataIndex: 'name' },
          { title: t('jobsAdmin.phone'), dataIndex: 'phone' },
          {
            title: t('jobsAdmin.statusField'),
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <Tag>{t(`jobs.status.${a.status}` as MessageKey)}</Tag>
                {a.status === 'interview' && a.interviewAt && (
                  <span>
                    {new Date(a.interviewAt).toLocaleString(lang, { timeZone: 'Asia/Shanghai' })} {a.interviewPlace}
                  </span>
                )}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, a) =>
              (a.status === 'applied' || a.status === 'interview') && (
                <Space>
                  <Button size="small" onClick={() => setInviting(a.id)} data-testid="applicant-interview">
                    {t('jobsAdmin.invite')}
                  </Button>
                  <Button size="small" type="primary" onClick={() => void move(a.id, { status: 'hired' })}>
                    {t('jobsAdmin.hire')}
                  </Button>
                  <Button size="small" danger onClick={() => setTurningDown(a.id)}>
                    {t('jobsAdmin.turnDown')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <ReasonModal
        open={rejecting}
        title={t('jobsAdmin.reject')}
        label={t('jobsAdmin.rejectReason')}
        onCancel={() => setRejecting(false)}
        onSubmit={(note) => {
          setRejecting(false);
          void review(false, note);
        }}
      />
      <ReasonModal
        open={turningDown !== null}
        title={t('jobsAdmin.turnDown')}
        label={t('jobsAdmin.turnDownReason')}
        onCancel={() => setTurningDown(null)}
        onSubmit={(note) => {
          const appId = turningDown;
          setTurningDown(null);
          if (appId) void move(appId, { status: 'rejected', note });
        }}
      />
      <InterviewModal
        open={inviting !== null}
        onCancel={() => setInviting(null)}
        onSubmit={(v) => {
          const appId = inviting;
          setInviting(null);
          if (appId) void move(appId, { status: 'interview', ...v });
        }}
      />
    </Space>
  );
}

function InterviewModal(props: {
  open: boolean;
  onCancel: () => void;
  onSubmit: (v: { interviewAt: string; interviewPlace: string; note?: string }) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ at: Dayjs; place: string; note?: string }>();
  return (
    <Modal
      open={props.open}
      title={t('jobsAdmin.invite')}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => props.onSubmit({ interviewAt: v.at.toISOString(), interviewPlace: v.place, note: v.note })}
      >
        <Form.Item
          name="at"
          label={t('jobsAdmin.interviewAt')}
          rules={[{ required: true, message: t('jobsAdmin.required') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(d) => d.isBefore(dayjs(), 'day')}
            data-testid="interview-at"
          />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('jobsAdmin.interviewPlace')}
          rules={[{ required: true, max: 100, message: t('jobsAdmin.required') }]}
        >
          <Input maxLength={100} data-testid="interview-place" />
        </Form.Item>
        <Form.Item name="note" label={t('jobsAdmin.interviewNote')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
