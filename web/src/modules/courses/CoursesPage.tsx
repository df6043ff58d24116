// 学堂 in the console: the courses of the caller's subtree, a new one set up as a draft, and one course's drawer
// where its lessons are added (an article, or a video or PDF uploaded with progress), reordered and removed while
// it is not published; then published, or withdrawn.
import { Button, Drawer, Form, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { useAct } from '../../admin/components/useAct';
import { ListPage, usePagedList } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { CourseDrawer } from './CourseDrawer';

export const categories = ['skills', 'safety', 'law', 'politics', 'health', 'other'] as const;
const statusColor = { draft: 'default', published: 'green', withdrawn: 'orange' } as const;

export default function CoursesPage() {
  const { t } = useI18n();
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/courses', { params: { query: { page, pageSize } } })),
    [],
  );
  return (
    <>
      <ListPage
        title={t('courses.menu')}
        hint={t('courses.hint')}
        list={list}
        empty={t('courses.empty')}
        onOpen={(c) => setOpen(c.id)}
        extra={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="course-new">
            {t('courses.new')}
          </Button>
        }
        columns={[
          { title: t('courses.titleField'), dataIndex: 'title' },
          { title: t('courses.category'), render: (_, c) => t(`courses.category.${c.category}` as MessageKey) },
          { title: t('courses.union'), render: (_, c) => c.union.name },
          {
            title: t('courses.status'),
            render: (_, c) => <Tag color={statusColor[c.status]}>{t(`courses.status.${c.status}` as MessageKey)}</Tag>,
          },
          { title: t('courses.lessonCount'), dataIndex: 'lessonCount', width: 70 },
          { title: t('courses.enrolledCount'), dataIndex: 'enrolled', width: 70 },
          { title: t('courses.completedCount'), dataIndex: 'completed', width: 70 },
        ]}
      />
      <NewCourse
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={async (id) => {
          await list.reload();
          setOpen(id);
        }}
      />
      {open !== null && <CourseDrawer id={open} onClose={() => setOpen(null)} onChanged={list.reload} />}
    </>
  );
}

interface Values {
  unionId: number;
  title: string;
  summary?: string;
  category: (typeof categories)[number];
  offerId?: number;
}

function NewCourse(props: { open: boolean; onClose: () => void; onCreated: (id: number) => Promise<void> }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const offers = useAsync(
    () => (props.open ? call(api.GET('/api/courses/seat-offers')) : Promise.resolve({ items: [] })),
    [props.open],
  );
  const act = useAct(() => undefined);
  const submit = async (v: Values) => {
    let id = 0;
    const ok = await act(async () => {
      id = (await call(api.POST('/api/courses', { body: { ...v, offerId: v.offerId ?? null } }))).id;
    }, 'courses.created');
    if (ok) {
      form.resetFields();
      props.onClose();
      await props.onCreated(id);
    }
  };
  return (
    <Drawer open={props.open} onClose={props.onClose} title={t('courses.new')} width={520} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ category: 'skills' }}>
        <Form.Item
          name="unionId"
          label={t('courses.union')}
          rules={[{ required: true, message: t('courses.unionRequired') }]}
        >
          <UnionSelect />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('courses.titleField')}
          rules={[{ required: true, max: 100, message: t('courses.titleRequired') }]}
        >
          <Input maxLength={100} data-testid="course-title" />
        </Form.Item>
        <Form.Item name="category" label={t('courses.category')}>
          <Select options={categories.map((c) => ({ value: c, label: t(`courses.category.${c}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('courses.summary')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="offerId" label={t('courses.seatOffer')} extra={t('courses.seatOfferHint')}>
          <Select
            allowClear
            placeholder={t('courses.openToAll')}
            loading={offers.loading}
            options={(offers.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.title}（${o.union.name}）` }))}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="course-create">
            {t('common.create')}
          </Button>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
