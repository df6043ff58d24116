// 班前十分钟 and other offline learning in the console: this year's sessions and attendances by kind, the records of
// the caller's subtree (newest first, filtered by kind), a new record, and up to three photos from the site.
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Drawer,
  Form,
  Image,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Statistic,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { useAct } from '../../admin/components/useAct';
import { ListPage, usePagedList } from '../../admin/kit/ListPage';
import { api, call, postBytes } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';

const kinds = ['pre_shift', 'class', 'lecture'] as const;
type Kind = (typeof kinds)[number];
const MAX_PHOTOS = 3;

export default function TrainingPage() {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const [kind, setKind] = useState<Kind | undefined>();
  const [creating, setCreating] = useState(false);
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/training-sessions', { params: { query: { kind, page, pageSize } } })),
    [kind],
  );
  const summary = useAsync(
    () => call(api.GET('/api/training-sessions/summary', { params: { query: { kind } } })),
    [kind],
  );
  const reload = async () => {
    await Promise.all([list.reload(), summary.reload()]);
  };
  const act = useAct(reload);
  const remove = (id: number) =>
    modal.confirm({
      title: t('training.removeConfirm'),
      onOk: () =>
        act(() => call(api.DELETE('/api/training-sessions/{id}', { params: { path: { id } } })), 'training.removed'),
    });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('training.yearSessions')} value={summary.data?.sessions ?? '—'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('training.yearAttendances')} value={summary.data?.attendances ?? '—'} />
          </Card>
        </Col>
        {summary.data?.byKind.map((k) => (
          <Col xs={12} md={4} key={k.kind}>
            <Card size="small">
              <Statistic
                title={t(`training.kind.${k.kind}` as MessageKey)}
                value={k.sessions}
                suffix={t('training.kindSuffix', { n: k.attendances })}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <ListPage
        title={t('training.menu')}
        hint={t('training.hint')}
        list={list}
        empty={t('training.empty')}
        filters={
          <Select<Kind | undefined>
            allowClear
            style={{ width: 160 }}
            placeholder={t('training.allKinds')}
            value={kind}
            onChange={setKind}
            options={kinds.map((k) => ({ value: k, label: t(`training.kind.${k}` as MessageKey) }))}
          />
        }
        extra={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="training-new">
            {t('training.new')}
          </Button>
        }
        columns={[
          { title: t('training.heldOn'), dataIndex: 'heldOn', width: 110 },
          { title: t('training.kind'), render: (_, s) => t(`training.kind.${s.kind}` as MessageKey), width: 110 },
          { title: t('training.topic'), dataIndex: 'topic' },
          { title: t('training.union'), render: (_, s) => s.union.name },
          { title: t('training.attendees'), dataIndex: 'attendees', width: 90 },
          {
            title: t('training.photos'),
            render: (_, s) => <Photos id={s.id} urls={s.photoUrls} reload={reload} />,
          },
          {
            title: t('common.actions'),
            width: 80,
            render: (_, s) => (
              <Button size="small" danger onClick={() => remove(s.id)}>
                {t('training.remove')}
              </Button>
            ),
          },
        ]}
      />
      <NewSession open={creating} onClose={() => setCreating(false)} onCreated={reload} />
    </Space>
  );
}

function Photos({ id, urls, reload }: { id: number; urls: string[]; reload: () => Promise<void> }) {
  const { t } = useI18n();
  const picker = useRef<HTMLInputElement>(null);
  const act = useAct(reload);
  const [sending, setSending] = useState(false);
  const send = async (file: File) => {
    setSending(true);
    await act(() => postBytes(`/api/training-sessions/${id}/photos`, file), 'training.photoAdded');
    setSending(false);
    if (picker.current) picker.current.value = '';
  };
  return (
    <Space wrap>
      <Image.PreviewGroup>
        {urls.map((url) => (
          <Image key={url} src={url} width={48} height={48} style={{ objectFit: 'cover' }} />
        ))}
      </Image.PreviewGroup>
      {urls.length < MAX_PHOTOS && (
        <>
          <input
            ref={picker}
            type="file"
            hidden
            accept="image/jpeg,image/png"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void send(file);
            }}
          />
          <Button
            size="small"
            loading={sending}
            onClick={() => picker.current?.click()}
            title={t('training.photosHint')}
          >
            {t('training.addPhoto')}
          </Button>
        </>
      )}
    </Space>
  );
}

interface Values {
  unionId: number;
  kind: Kind;
  topic: string;
  heldOn: Dayjs;
  attendees: number;
}

function NewSession(props: { open: boolean; onClose: () => void; onCreated: () => Promise<void> }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const act = useAct(props.onCreated);
  const submit = async ({ heldOn, ...v }: Values) => {
    const ok = await act(
      () => call(api.POST('/api/training-sessions', { body: { ...v, heldOn: heldOn.format('YYYY-MM-DD') } })),
      'training.recorded',
    );
    if (ok) {
      form.resetFields();
      props.onClose();
    }
  };
  return (
    <Drawer open={props.open} onClose={props.onClose} title={t('training.new')} width={480} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'pre_shift', heldOn: dayjs(), attendees: 10 }}
      >
        <Form.Item
          name="unionId"
          label={t('training.union')}
          rules={[{ required: true, message: t('courses.unionRequired') }]}
        >
          <UnionSelect />
        </Form.Item>
        <Form.Item name="kind" label={t('training.kind')}>
          <Select options={kinds.map((k) => ({ value: k, label: t(`training.kind.${k}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item
          name="topic"
          label={t('training.topic')}
          rules={[{ required: true, max: 100, message: t('training.topicRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="heldOn"
          label={t('training.heldOn')}
          rules={[{ required: true, message: t('training.heldOnRequired') }]}
        >
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="attendees"
          label={t('training.attendees')}
          rules={[{ required: true, message: t('training.attendeesRequired') }]}
        >
          <InputNumber min={1} max={100000} />
        </Form.Item>
        <Form.Item extra={t('training.photosHint')}>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('training.new')}
            </Button>
            <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          </Space>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
