// One course in the console: its lessons in order, with their kind and length; while the course is not published,
// lessons are added (an article in the editor, or a video or PDF uploaded with progress), moved and removed.
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Progress,
  Radio,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useRef, useState } from 'react';
import { RichTextEditor } from '../../admin/components/RichTextEditor';
import { useAct } from '../../admin/components/useAct';
import { api, call, postBytesWithProgress } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { studyTime } from './format';

const MAX_BYTES = { video: 200 * 1024 * 1024, pdf: 20 * 1024 * 1024 } as const;

export function CourseDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: number;
  onClose: () => void;
  onChanged: () => unknown;
}) {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const course = useAsync(() => call(api.GET('/api/courses/{id}', { params: { path: { id } } })), [id]);
  const act = useAct(async () => {
    await course.reload();
    await onChanged();
  });
  const path = { params: { path: { id } } };
  const c = course.data;
  const editable = c?.actions.includes('edit') ?? false;
  const move = (lessonId: number, position: number) =>
    act(
      () =>
        call(
          api.POST('/api/courses/{id}/lessons/{lessonId}/move', {
            params: { path: { id, lessonId } },
            body: { position },
          }),
        ),
      'common.saved',
    );
  const remove = (lessonId: number) =>
    modal.confirm({
      title: t('courses.removeConfirm'),
      onOk: () =>
        act(
          () => call(api.DELETE('/api/courses/{id}/lessons/{lessonId}', { params: { path: { id, lessonId } } })),
          'courses.lessonRemoved',
        ),
    });
  const publish = () =>
    modal.confirm({
      title: t('courses.publishConfirm'),
      onOk: () => act(() => call(api.POST('/api/courses/{id}/publish', path)), 'courses.published'),
    });
  const withdraw = () =>
    modal.confirm({
      title: t('courses.withdrawConfirm'),
      onOk: () => act(() => call(api.POST('/api/courses/{id}/withdraw', path)), 'courses.withdrawn'),
    });
  return (
    <Drawer
      open
      onClose={onClose}
      width={640}
      title={c?.title}
      extra={
        c && (
          <Space>
            {c.actions.includes('publish') && (
              <Button type="primary" onClick={publish} data-testid="course-publish">
                {t('courses.publish')}
              </Button>
            )}
            {c.actions.includes('withdraw') && <Button onClick={withdraw}>{t('courses.withdraw')}</Button>}
          </Space>
        )
      }
    >
      {course.error && <Alert type="error" message={course.error.text(lang)} />}
      {c && (
        <>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('courses.union')}>{c.union.name}</Descriptions.Item>
            <Descriptions.Item label={t('courses.status')}>
              <Tag>{t(`courses.status.${c.status}` as MessageKey)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('courses.category')}>
              {t(`courses.category.${c.category}` as MessageKey)}
            </Descriptions.Item>
            <Descriptions.Item label={t('courses.seatOffer')}>
              {c.offer?.title ?? t('courses.openToAll')}
            </Descriptions.Item>
            <Descriptions.Item label={t('courses.enrolledCount')}>{c.enrolled}</Descriptions.Item>
            <Descriptions.Item label={t('courses.completedCount')}>{c.completed}</Descriptions.Item>
          </Descriptions>
          <h3>{t('courses.lessonsTitle')}</h3>
          {!editable && c.status === 'published' && <Alert type="info" showIcon message={t('courses.lockedHint')} />}
          <List
            data-testid="course-lesson-list"
            locale={{ emptyText: t('courses.noLessons') }}
            dataSource={c.lessons}
            renderItem={(l, i) => (
              <List.Item
                actions={
                  editable
                    ? [
                        <Button key="up" size="small" disabled={i === 0} onClick={() => move(l.id, l.position - 1)}>
                          {t('courses.moveUp')}
                        </Button>,
                        <Button
                          key="down"
                          size="small"
                          disabled={i === c.lessons.length - 1}
                          onClick={() => move(l.id, l.position + 1)}
                        >
                          {t('courses.moveDown')}
                        </Button>,
                        <Button key="remove" size="small" danger onClick={() => remove(l.id)}>
                          {t('courses.remove')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={`${l.position}. ${l.title}`}
                  description={`${t(`courses.kind.${l.kind}` as MessageKey)} · ${t(
                    l.kind === 'video' ? 'courses.length' : 'courses.readFor',
                    { time: studyTime(t, l.seconds) },
                  )}`}
                />
              </List.Item>
            )}
          />
          {editable && (
            <>
              <ArticleLesson courseId={id} onAdded={act} />
              <FileLesson courseId={id} onAdded={act} />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}

type Act = ReturnType<typeof useAct>;

function ArticleLesson({ courseId, onAdded }: { courseId: number; onAdded: Act }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ title: string; body: string; seconds: number }>();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button block style={{ marginTop: 12 }} onClick={() => setOpen(true)}>
        {t('courses.addArticle')}
      </Button>
    );
  }
  const submit = async (body: { title: string; body: string; seconds: number }) => {
    const ok = await onAdded(
      () => call(api.POST('/api/courses/{id}/lessons', { params: { path: { id: courseId } }, body })),
      'courses.lessonAdded',
    );
    if (ok) {
      form.resetFields();
      setOpen(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ seconds: 60 }} style={{ marginTop: 12 }}>
      <Form.Item
        name="title"
        label={t('courses.lessonTitle')}
        rules={[{ required: true, max: 100, message: t('courses.lessonTitleRequired') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="body" label={t('courses.body')} rules={[{ required: true, message: t('courses.bodyRequired') }]}>
        <RichTextEditor />
      </Form.Item>
      <Form.Item name="seconds" label={t('courses.readSeconds')} extra={t('courses.readSecondsHint')}>
        <InputNumber min={0} max={3600} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('courses.addArticle')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}

function FileLesson({ courseId, onAdded }: { courseId: number; onAdded: Act }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const picker = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'video' | 'pdf'>('video');
  const [seconds, setSeconds] = useState(60);
  const [sent, setSent] = useState<number | null>(null);
  const send = async (file: File) => {
    // Refused here what the server would refuse anyway, before minutes of upload.
    if (file.size > MAX_BYTES[kind]) {
      message.error(t('courses.fileTooBig'));
      return;
    }
    const query = new URLSearchParams({ title: title.trim() || file.name.replace(/\.[^.]+$/, ''), kind });
    if (kind === 'pdf') query.set('seconds', String(seconds));
    setSent(0);
    const ok = await onAdded(
      () => postBytesWithProgress(`/api/courses/${courseId}/lessons/upload?${query}`, file, setSent),
      'courses.lessonAdded',
    );
    if (ok) setTitle('');
    setSent(null);
    if (picker.current) picker.current.value = '';
  };
  return (
    <div style={{ marginTop: 16 }}>
      <h4>{t('courses.addFile')}</h4>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input
          placeholder={t('courses.lessonTitle')}
          value={title}
          maxLength={100}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="lesson-file-title"
        />
        <Radio.Group value={kind} onChange={(e) => setKind(e.target.value)}>
          <Radio value="video">{t('courses.kind.video')}</Radio>
          <Radio value="pdf">{t('courses.kind.pdf')}</Radio>
        </Radio.Group>
        {kind === 'pdf' && (
          <Space>
            {t('courses.readSeconds')}
            <InputNumber min={0} max={3600} value={seconds} onChange={(v) => setSeconds(v ?? 0)} />
          </Space>
        )}
        <input
          ref={picker}
          type="file"
          hidden
          accept={kind === 'video' ? 'video/mp4' : 'application/pdf'}
          data-testid="lesson-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void send(file);
          }}
        />
        <Button onClick={() => picker.current?.click()} disabled={sent !== null}>
          {t('courses.chooseFile')}
        </Button>
        {sent !== null && (
          <Progress percent={Math.round(sent * 100)} format={(p) => t('courses.uploading', { p: p ?? 0 })} />
        )}
        <Typography.Text type="secondary">{t('courses.fileHint')}</Typography.Text>
      </Space>
    </div>
  );
}
