// 就业岗位 in the console: the jobs of the caller's subtree (those waiting for review first), posting one (the
// wording the law forbids is pointed out as the cadre types, and refused on submit), and one job's drawer.
import { Alert, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Tabs, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmployerSelect } from '../../admin/components/EmployerSelect';
import { StationSelect } from '../../admin/components/StationSelect';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { useAct } from '../../admin/components/useAct';
import { ListPage, usePagedList } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { jobs as enums } from '../../api/enums';
import { type MessageKey, useI18n } from '../../i18n';
import { FairsTab } from './FairsTab';
import { GigStationTab } from './GigStationTab';
import { JobDrawer } from './JobDrawer';

type Status = (typeof enums.jobStatuses)[number];

export default function JobsPage() {
  const { t } = useI18n();
  return (
    <Tabs
      items={[
        { key: 'jobs', label: t('jobsAdmin.menu'), children: <Jobs /> },
        { key: 'fairs', label: t('jobsAdmin.fairs'), children: <FairsTab /> },
        { key: 'gig', label: t('jobsAdmin.gigStations'), children: <GigStationTab /> },
      ]}
    />
  );
}

function Jobs() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [status, setStatus] = useState<Status | undefined>((params.get('status') as Status | null) ?? undefined);
  const [posting, setPosting] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/jobs', { params: { query: { status, page, pageSize } } })),
    [status],
  );
  return (
    <>
      <ListPage
        title={t('jobsAdmin.menu')}
        hint={t('jobsAdmin.hint')}
        list={list}
        empty={t('jobsAdmin.empty')}
        onOpen={(row) => setOpen(row.id)}
        scrollX={1000}
        filters={
          <Select<Status | undefined>
            allowClear
            style={{ width: 140 }}
            placeholder={t('jobsAdmin.allStatuses')}
            value={status}
            onChange={setStatus}
            options={enums.jobStatuses.map((s) => ({ value: s, label: t(`jobsAdmin.status.${s}` as MessageKey) }))}
          />
        }
        extra={
          <Button type="primary" onClick={() => setPosting(true)} data-testid="job-new">
            {t('jobsAdmin.new')}
          </Button>
        }
        columns={[
          { title: t('jobsAdmin.titleField'), dataIndex: 'title' },
          { title: t('jobsAdmin.employer'), render: (_, j) => j.employer.name },
          { title: t('jobsAdmin.kind'), width: 70, render: (_, j) => t(`jobs.kind.${j.kind}` as MessageKey) },
          {
            title: t('jobsAdmin.pay'),
            width: 150,
            render: (_, j) =>
              t('jobs.pay', { min: j.payMin, max: j.payMax, unit: t(`jobs.unit.${j.payUnit}` as MessageKey) }),
          },
          { title: t('jobsAdmin.union'), render: (_, j) => j.union.name },
          { title: t('jobsAdmin.closesOn'), dataIndex: 'closesOn', width: 110 },
          {
            title: t('jobsAdmin.statusField'),
            width: 120,
            render: (_, j) => (
              <Space size={4}>
                <Tag color={j.status === 'published' ? 'green' : j.status === 'in_review' ? 'orange' : 'default'}>
                  {t(`jobsAdmin.status.${j.status}` as MessageKey)}
                </Tag>
                {j.canReview && <Tag color="blue">{t('jobsAdmin.yourReview')}</Tag>}
              </Space>
            ),
          },
          { title: t('jobsAdmin.applications'), dataIndex: 'applications', width: 80 },
          { title: t('jobsAdmin.reached'), dataIndex: 'reached', width: 80 },
        ]}
      />
      <PostJob open={posting} onClose={() => setPosting(false)} onPosted={list.reload} />
      <JobDrawer id={open} onClose={() => setOpen(null)} onChanged={list.reload} />
    </>
  );
}

interface Values {
  unionId: number;
  employerId?: number;
  employerName?: string;
  title: string;
  description?: string;
  skills: string[];
  kind: 'gig' | 'long_term';
  place: string;
  payMin: number;
  payMax: number;
  payUnit: (typeof enums.payUnits)[number];
  hours?: string;
  headcount: number;
  closesOn: Dayjs;
  stationId?: number;
}

function PostJob(props: { open: boolean; onClose: () => void; onPosted: () => Promise<void> }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const act = useAct(props.onPosted);
  const title = Form.useWatch('title', form) ?? '';
  const description = Form.useWatch('description', form) ?? '';
  const [issues, setIssues] = useState<Array<{ kind: string; text: string }>>([]);
  // The wording is checked as the cadre types (a moment after they stop), so a forbidden requirement is seen early.
  useEffect(() => {
    const text = `${title}\n${description}`.trim();
    if (!text) {
      setIssues([]);
      return;
    }
    const timer = setTimeout(async () => {
      const res = await call(api.GET('/api/jobs/wording', { params: { query: { text } } })).catch(() => null);
      if (res) setIssues(res.issues);
    }, 400);
    return () => clearTimeout(timer);
  }, [title, description]);
  const submit = async ({ closesOn, ...v }: Values) => {
    const ok = await act(
      () =>
        call(
          api.POST('/api/jobs', {
            // An employer on record wins over a typed name.
            body: {
              ...v,
              employerName: v.employerId ? undefined : v.employerName,
              closesOn: closesOn.format('YYYY-MM-DD'),
            },
          }),
        ),
      'jobsAdmin.posted',
    );
    if (ok) {
      form.resetFields();
      props.onClose();
    }
  };
  return (
    <Drawer open={props.open} onClose={props.onClose} title={t('jobsAdmin.new')} width={560} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'gig', payUnit: 'day', headcount: 1, skills: [], closesOn: dayjs().add(30, 'day') }}
      >
        <Form.Item
          name="unionId"
          label={t('jobsAdmin.union')}
          rules={[{ required: true, message: t('jobsAdmin.required') }]}
        >
          <UnionSelect />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="employerId" label={t('jobsAdmin.employerOnRecord')}>
            <EmployerSelect style={{ width: 250 }} notFound={t('jobsAdmin.employerNone')} />
          </Form.Item>
          <Form.Item
            name="employerName"
            label={t('jobsAdmin.employerOther')}
            dependencies={['employerId']}
            rules={[
              ({ getFieldValue }) => ({
                required: !getFieldValue('employerId'),
                max: 100,
                message: t('jobsAdmin.employerRequired'),
              }),
            ]}
          >
            <Input maxLength={100} style={{ width: 230 }} data-testid="job-employer" />
          </Form.Item>
        </Space>
        <Form.Item
          name="title"
          label={t('jobsAdmin.titleField')}
          rules={[{ required: true, max: 50, message: t('jobsAdmin.required') }]}
        >
          <Input maxLength={50} data-testid="job-title" />
        </Form.Item>
        <Form.Item name="description" label={t('jobsAdmin.description')}>
          <Input.TextArea rows={4} maxLength={2000} data-testid="job-description" />
        </Form.Item>
        {issues.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('jobsAdmin.wording', { terms: issues.map((i) => `“${i.text}”`).join('、') })}
            data-testid="job-wording"
          />
        )}
        <Form.Item name="skills" label={t('jobsAdmin.skills')} extra={t('jobsAdmin.skillsHint')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} data-testid="job-skills" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label={t('jobsAdmin.kind')}>
            <Select
              style={{ width: 120 }}
              options={enums.jobKinds.map((k) => ({ value: k, label: t(`jobs.kind.${k}` as MessageKey) }))}
            />
          </Form.Item>
          <Form.Item name="headcount" label={t('jobsAdmin.headcount')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10000} />
          </Form.Item>
          <Form.Item name="closesOn" label={t('jobsAdmin.closesOn')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item
            name="payMin"
            label={t('jobsAdmin.payMin')}
            rules={[{ required: true, message: t('jobsAdmin.required') }]}
          >
            <InputNumber min={0} data-testid="job-pay-min" />
          </Form.Item>
          <Form.Item
            name="payMax"
            label={t('jobsAdmin.payMax')}
            rules={[{ required: true, message: t('jobsAdmin.required') }]}
          >
            <InputNumber min={0} data-testid="job-pay-max" />
          </Form.Item>
          <Form.Item name="payUnit" label={t('jobsAdmin.payUnit')}>
            <Select
              style={{ width: 100 }}
              options={enums.payUnits.map((u) => ({ value: u, label: t(`jobs.unit.${u}` as MessageKey) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="place"
          label={t('jobsAdmin.place')}
          rules={[{ required: true, max: 100, message: t('jobsAdmin.required') }]}
        >
          <Input maxLength={100} data-testid="job-place" />
        </Form.Item>
        <Form.Item name="hours" label={t('jobsAdmin.hours')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="stationId" label={t('jobsAdmin.station')} extra={t('jobsAdmin.stationHint')}>
          <StationSelect placeholder={t('jobsAdmin.noStation')} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="job-save">
            {t('jobsAdmin.submit')}
          </Button>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
