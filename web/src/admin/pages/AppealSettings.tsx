import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { appeals } from '../../api/enums';
import type { paths } from '../../api/schema';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { UnionSelect } from '../components/UnionSelect';
import { useAct } from '../components/useAct';

// 'any': the policy every category without its own falls back to.
const categories = ['any', ...appeals.categories] as const;
/** Working minutes shown as working days and hours (8-hour days). */
const workTime = (minutes: number, t: ReturnType<typeof useI18n>['t']) =>
  t('admin.appeals.workTime', { d: Math.floor(minutes / 480), h: Math.round((minutes % 480) / 6) / 10 });

/** Deadlines per union and category, and the working calendar they are counted on. */
export default function AppealSettings() {
  const { t } = useI18n();
  return (
    <Card title={t('admin.menu.appealSettings')}>
      <Tabs
        items={[
          { key: 'sla', label: t('admin.appeals.deadlines'), children: <Policies /> },
          { key: 'calendar', label: t('admin.appeals.calendar'), children: <Calendar /> },
        ]}
      />
    </Card>
  );
}

function Policies() {
  const { t } = useI18n();
  const list = useAsync(() => call(api.GET('/api/appeal-sla-policies')), []);
  const act = useAct(list.reload);
  const [form] = Form.useForm();
  return (
    <>
      {list.data && (
        <Typography.Paragraph type="secondary">
          {t('admin.appeals.defaults', {
            first: workTime(list.data.defaults.firstResponseMinutes, t),
            resolution: workTime(list.data.defaults.resolutionMinutes, t),
          })}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="inline"
        style={{ marginBottom: 12 }}
        initialValues={{ category: 'any', firstHours: 8, resolutionDays: 15 }}
        onFinish={(v) =>
          act(() =>
            call(
              api.PUT('/api/appeal-sla-policies', {
                body: {
                  unionId: v.unionId,
                  category: v.category,
                  firstResponseMinutes: Math.round(v.firstHours * 60),
                  resolutionMinutes: Math.round(v.resolutionDays * 480),
                },
              }),
            ),
          )
        }
      >
        <Form.Item name="unionId" rules={[{ required: true }]}>
          <UnionSelect placeholder={t('admin.assistance.union')} />
        </Form.Item>
        <Form.Item name="category">
          <Select
            style={{ width: 140 }}
            options={categories.map((c) => ({
              value: c,
              label: c === 'any' ? t('admin.appeals.anyCategory') : t(`appeal.category.${c}` as const),
            }))}
          />
        </Form.Item>
        <Form.Item name="firstHours" label={t('admin.appeals.firstHours')}>
          <InputNumber min={0.5} max={1000} step={0.5} />
        </Form.Item>
        <Form.Item name="resolutionDays" label={t('admin.appeals.resolutionDays')}>
          <InputNumber min={0.5} max={1000} step={0.5} />
        </Form.Item>
        <Button htmlType="submit" type="primary">
          {t('common.save')}
        </Button>
      </Form>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={list.data?.items ?? []}
        columns={[
          { title: t('admin.assistance.union'), render: (_, p) => p.union.name },
          {
            title: t('appeal.categoryLabel'),
            render: (_, p) =>
              p.category === 'any' ? t('admin.appeals.anyCategory') : t(`appeal.category.${p.category}` as const),
          },
          { title: t('admin.appeals.firstResponse'), render: (_, p) => workTime(p.firstResponseMinutes, t) },
          { title: t('admin.appeals.resolution'), render: (_, p) => workTime(p.resolutionMinutes, t) },
          {
            title: t('common.actions'),
            render: (_, p) => (
              <Button
                type="link"
                size="small"
                danger
                onClick={() =>
                  act(() => call(api.DELETE('/api/appeal-sla-policies/{id}', { params: { path: { id: p.id } } })))
                }
              >
                {t('admin.appeals.remove')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}

type NoticeResult = paths['/api/work-calendar/import']['post']['responses'][200]['content']['application/json'];

/**
 * The yearly State Council notice, pasted as published: the server reads it, the cadre checks the days it
 * read (and any item it could not confirm), then imports them in one step.
 */
function NoticeImport({ year, onImported }: { year: number; onImported: (year: number) => unknown }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [read, setRead] = useState<NoticeResult | null>(null);
  const act = useAct(async () => {
    setOpen(false);
    setRead(null);
    setText('');
    await onImported(read?.year ?? year);
  });
  const preview = async () =>
    setRead(await call(api.POST('/api/work-calendar/import', { body: { year, text, apply: false } })));
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="calendar-import">
        {t('admin.appeals.importNotice')}
      </Button>
      <Modal
        open={open}
        width={Math.min(760, window.innerWidth)}
        title={t('admin.appeals.importNoticeTitle', { year: read?.year ?? year })}
        onCancel={() => setOpen(false)}
        okText={t('admin.appeals.importApply', { n: read?.days.length ?? 0 })}
        okButtonProps={{ disabled: !read || read.problems.length > 0 || read.days.length === 0 }}
        onOk={() => act(() => call(api.POST('/api/work-calendar/import', { body: { year, text, apply: true } })))}
      >
        <Typography.Paragraph type="secondary">{t('admin.appeals.importNoticeHint')}</Typography.Paragraph>
        <Input.TextArea
          rows={6}
          value={text}
          maxLength={20_000}
          onChange={(e) => {
            setText(e.target.value);
            setRead(null);
          }}
          data-testid="calendar-notice"
        />
        <Button style={{ marginTop: 8 }} disabled={!text.trim()} onClick={preview} data-testid="calendar-preview">
          {t('admin.appeals.importPreview')}
        </Button>
        {read?.problems.map((p) => (
          <Alert
            key={p.item + p.message.zh}
            type="error"
            style={{ marginTop: 8 }}
            message={lang === 'en' ? p.message.en : p.message.zh}
            description={p.item}
          />
        ))}
        {read && (
          <Table
            style={{ marginTop: 8 }}
            rowKey="day"
            size="small"
            pagination={{ pageSize: 10, showSizeChanger: false }}
            dataSource={read.days}
            columns={[
              { title: t('admin.appeals.day'), dataIndex: 'day' },
              {
                title: t('admin.appeals.kind'),
                render: (_, d) => (
                  <Tag color={d.kind === 'holiday' ? 'red' : 'blue'}>{t(`admin.appeals.${d.kind}` as const)}</Tag>
                ),
              },
              { title: t('admin.appeals.dayName'), dataIndex: 'name' },
            ]}
          />
        )}
      </Modal>
    </>
  );
}

function Calendar() {
  const { t } = useI18n();
  const { session } = useSession();
  const [year, setYear] = useState(new Date().getFullYear());
  const list = useAsync(() => call(api.GET('/api/work-calendar', { params: { query: { year } } })), [year]);
  const act = useAct(list.reload);
  const [form] = Form.useForm();
  // Only a handler of a top-level federation may change it (the server enforces this too).
  const editable = session?.kind === 'admin';
  return (
    <>
      <Typography.Paragraph type="secondary">{t('admin.appeals.calendarHint')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        {editable && (
          <Form
            form={form}
            layout="inline"
            initialValues={{ kind: 'holiday' }}
            onFinish={(v) =>
              act(() =>
                call(
                  api.PUT('/api/work-calendar', {
                    body: { day: v.day.format('YYYY-MM-DD'), kind: v.kind, name: v.name },
                  }),
                ),
              )
            }
          >
            <Form.Item name="day" rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="kind">
              <Select
                style={{ width: 120 }}
                options={[
                  { value: 'holiday', label: t('admin.appeals.holiday') },
                  { value: 'workday', label: t('admin.appeals.workday') },
                ]}
              />
            </Form.Item>
            <Form.Item name="name" rules={[{ required: true, max: 40 }]}>
              <Input placeholder={t('admin.appeals.dayName')} />
            </Form.Item>
            <Button htmlType="submit">{t('common.save')}</Button>
          </Form>
        )}
        {editable && (
          <NoticeImport
            year={year}
            onImported={(imported) => (imported === year ? list.reload() : setYear(imported))}
          />
        )}
      </Space>
      <Table
        rowKey="day"
        size="small"
        pagination={false}
        dataSource={list.data?.items ?? []}
        columns={[
          { title: t('admin.appeals.day'), dataIndex: 'day' },
          {
            title: t('admin.appeals.kind'),
            render: (_, d) => (
              <Tag color={d.kind === 'holiday' ? 'red' : 'blue'}>{t(`admin.appeals.${d.kind}` as const)}</Tag>
            ),
          },
          { title: t('admin.appeals.dayName'), dataIndex: 'name' },
          {
            title: t('common.actions'),
            render: (_, d) => (
              <Button
                type="link"
                size="small"
                danger
                onClick={() =>
                  act(() => call(api.DELETE('/api/work-calendar/{day}', { params: { path: { day: d.day } } })))
                }
              >
                {t('admin.appeals.remove')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
