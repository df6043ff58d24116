import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tree,
  Typography,
} from 'antd';
import type { DataNode, EventDataNode } from 'antd/es/tree';
import { useCallback, useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import { members } from '../../api/enums';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { errorText } from '../components/errors';
import { JoinQr } from '../components/JoinQr';
import { UnionSelect } from '../components/UnionSelect';

type UnionSummary = Awaited<ReturnType<typeof listChildren>>[number];
type UnionDetail = Awaited<ReturnType<typeof getUnion>>;

const levels = ['province', 'city', 'county', 'township', 'base'] as const;
const formations = ['single', 'joint', 'industry', 'area'] as const;

async function listChildren(parentId?: number) {
  const all = [];
  // Children arrive in pages of 100; a township can hold hundreds of base unions.
  for (let page = 1; ; page++) {
    const res = await call(
      api.GET('/api/unions', { params: { query: { parentId, page, pageSize: 100, includeInactive: 'true' } } }),
    );
    all.push(...res.items);
    if (all.length >= res.total || res.items.length === 0) return all;
  }
}
const getUnion = (id: number) => call(api.GET('/api/unions/{id}', { params: { path: { id } } }));

function toNode(u: UnionSummary, t: (k: MessageKey) => string): DataNode {
  return {
    key: u.id,
    title: (
      <span style={{ color: u.active ? undefined : '#767676' }}>
        {u.name}
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
          {t(`level.${u.level}` as const)}
        </Typography.Text>
      </span>
    ),
    isLeaf: !u.hasChildren,
  };
}

function updateTree(nodes: DataNode[], key: React.Key, children: DataNode[]): DataNode[] {
  return nodes.map((n) =>
    n.key === key
      ? { ...n, children, isLeaf: children.length === 0 }
      : n.children
        ? { ...n, children: updateTree(n.children, key, children) }
        : n,
  );
}

export default function Unions() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [treeData, setTreeData] = useState<DataNode[]>([]);
  const [loadedKeys, setLoadedKeys] = useState<React.Key[]>([]);
  const [expandedKeys, setExpandedKeys] = useState<React.Key[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<UnionSummary[] | null>(null);

  const loadRoots = useCallback(async () => {
    const roots = await listChildren();
    setTreeData(roots.map((u) => toNode(u, t)));
    setLoadedKeys([]);
    setExpandedKeys([]);
    if (roots[0]) setSelected((s) => s ?? roots[0]?.id ?? null);
  }, [t]);
  useEffect(() => {
    loadRoots().catch((e) => message.error(errorText(e, lang)));
  }, [loadRoots, message, lang]);

  const onLoadData = async (node: EventDataNode<DataNode>) => {
    const children = await listChildren(Number(node.key));
    setTreeData((d) =>
      updateTree(
        d,
        node.key,
        children.map((u) => toNode(u, t)),
      ),
    );
    setLoadedKeys((k) => [...k, node.key]);
  };

  const search = async (value: string) => {
    setQ(value);
    if (!value.trim()) return setHits(null);
    const res = await call(
      api.GET('/api/unions', { params: { query: { q: value, pageSize: 50, includeInactive: 'true' } } }),
    );
    setHits(res.items);
  };

  /** After a change the affected branches reload, so the tree never shows stale structure. */
  const refreshTree = async () => {
    await loadRoots();
  };

  return (
    <Row gutter={16}>
      <Col xs={24} md={9} lg={8}>
        <Card size="small" title={t('admin.menu.unions')}>
          <Input.Search
            placeholder={t('admin.unions.search')}
            allowClear
            onSearch={search}
            style={{ marginBottom: 8 }}
          />
          <div className="a-tree-panel">
            {hits ? (
              <List
                size="small"
                dataSource={hits}
                locale={{ emptyText: <Empty description={t('common.empty')} /> }}
                header={
                  <Typography.Text type="secondary">
                    {t('common.total', { n: hits.length })} · “{q}”
                  </Typography.Text>
                }
                renderItem={(u) => (
                  <List.Item style={{ cursor: 'pointer' }} onClick={() => setSelected(u.id)}>
                    <List.Item.Meta title={u.name} description={u.ancestors.map((a) => a.name).join(' / ') || '—'} />
                  </List.Item>
                )}
              />
            ) : (
              <Tree
                treeData={treeData}
                loadData={onLoadData}
                loadedKeys={loadedKeys}
                expandedKeys={expandedKeys}
                onExpand={setExpandedKeys}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => keys[0] && setSelected(Number(keys[0]))}
              />
            )}
          </div>
        </Card>
      </Col>
      <Col xs={24} md={15} lg={16}>
        {selected ? (
          <UnionPanel id={selected} onChanged={refreshTree} onSelect={setSelected} />
        ) : (
          <Empty description={t('admin.unions.select')} />
        )}
      </Col>
    </Row>
  );
}

function UnionPanel({
  id,
  onChanged,
  onSelect,
}: {
  id: number;
  onChanged: () => Promise<void>;
  onSelect: (id: number) => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const union = useAsync(() => getUnion(id), [id]);
  const [modal, setModal] = useState<'edit' | 'create' | 'move' | null>(null);
  const u = union.data;

  const act = async (fn: () => Promise<UnionDetail | unknown>, after?: (r: unknown) => void) => {
    try {
      const result = await fn();
      message.success(t('common.saved'));
      setModal(null);
      await union.reload();
      await onChanged();
      after?.(result);
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  if (union.error)
    return (
      <Card>
        <Typography.Text type="danger">{union.error.text(lang)}</Typography.Text>
      </Card>
    );
  if (!u) return <Card loading />;
  const can = (a: (typeof u.actions)[number]) => u.actions.includes(a);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        title={
          <Space wrap>
            {u.name}
            <Tag color={u.active ? 'green' : 'default'}>
              {u.active ? t('admin.unions.active') : t('admin.unions.inactive')}
            </Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {can('update') && <Button onClick={() => setModal('edit')}>{t('common.edit')}</Button>}
            {can('createChild') && (
              <Button type="primary" onClick={() => setModal('create')}>
                {t('admin.unions.createChild')}
              </Button>
            )}
            {can('move') && <Button onClick={() => setModal('move')}>{t('admin.unions.move')}</Button>}
            {can('deactivate') && (
              <Popconfirm
                title={t('admin.unions.deactivateConfirm')}
                onConfirm={() => act(() => call(api.POST('/api/unions/{id}/deactivate', { params: { path: { id } } })))}
              >
                <Button danger>{t('admin.unions.deactivate')}</Button>
              </Popconfirm>
            )}
            {can('reactivate') && (
              <Button
                onClick={() => act(() => call(api.POST('/api/unions/{id}/reactivate', { params: { path: { id } } })))}
              >
                {t('admin.unions.reactivate')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('admin.unions.level')}>{t(`level.${u.level}` as const)}</Descriptions.Item>
          <Descriptions.Item label={t('admin.unions.formation')}>
            {t(`formation.${u.formation}` as const)}
          </Descriptions.Item>
          <Descriptions.Item label={t('admin.unions.children')}>{u.childCount}</Descriptions.Item>
          <Descriptions.Item label={t('admin.unions.members')}>{u.memberCount}</Descriptions.Item>
          <Descriptions.Item label={t('admin.unions.employers')}>{u.employerCount}</Descriptions.Item>
          <Descriptions.Item label={t('admin.unions.address')}>{u.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('admin.unions.location')}>
            {u.lng !== null && u.lat !== null ? `${u.lng}, ${u.lat}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="">
            {u.ancestors.map((a) => (
              <Button key={a.id} type="link" size="small" onClick={() => onSelect(a.id)}>
                {a.name}
              </Button>
            ))}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {u.active && <JoinQr unionId={u.id} unionName={u.name} />}
      <Employers union={u} onChanged={union.reload} />
      <UnionForm
        open={modal === 'edit'}
        title={t('common.edit')}
        initial={u}
        editing
        onCancel={() => setModal(null)}
        onSubmit={(v) =>
          act(() =>
            call(
              api.PATCH('/api/unions/{id}', {
                params: { path: { id } },
                body: {
                  name: v.name,
                  formation: v.formation,
                  address: v.address || null,
                  lng: v.lng ?? null,
                  lat: v.lat ?? null,
                  serves: v.serves ?? [],
                  autoApprove: v.autoApprove ?? false,
                },
              }),
            ),
          )
        }
      />
      <UnionForm
        open={modal === 'create'}
        title={t('admin.unions.createChild')}
        parentLevel={u.level}
        onCancel={() => setModal(null)}
        onSubmit={(v) =>
          act(
            () =>
              call(
                api.POST('/api/unions', {
                  body: {
                    parentId: id,
                    name: v.name,
                    level: v.level,
                    formation: v.formation,
                    address: v.address || null,
                    lng: v.lng ?? null,
                    lat: v.lat ?? null,
                    serves: v.serves ?? [],
                  },
                }),
              ),
            (r) => onSelect((r as UnionDetail).id),
          )
        }
      />
      <MoveModal
        open={modal === 'move'}
        onCancel={() => setModal(null)}
        onSubmit={(newParentId) =>
          act(() => call(api.POST('/api/unions/{id}/move', { params: { path: { id } }, body: { newParentId } })))
        }
      />
    </Space>
  );
}

const categories = members.memberCategories;

interface UnionFormValues {
  serves?: (typeof categories)[number][];
  autoApprove?: boolean;
  name: string;
  level: (typeof levels)[number];
  formation: (typeof formations)[number];
  address?: string;
  lng?: number;
  lat?: number;
}

function UnionForm(props: {
  open: boolean;
  title: string;
  initial?: UnionDetail;
  editing?: boolean;
  parentLevel?: string;
  onCancel: () => void;
  onSubmit: (v: UnionFormValues) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<UnionFormValues>();
  useEffect(() => {
    if (props.open) {
      form.resetFields();
      if (props.initial)
        form.setFieldsValue({
          ...props.initial,
          serves: props.initial.serves as UnionFormValues['serves'],
          address: props.initial.address ?? undefined,
          lng: props.initial.lng ?? undefined,
          lat: props.initial.lat ?? undefined,
        });
    }
  }, [props.open, props.initial, form]);
  const allowedLevels = levels.filter(
    (l) => !props.parentLevel || levels.indexOf(l) > levels.indexOf(props.parentLevel as (typeof levels)[number]),
  );
  return (
    <Modal open={props.open} title={props.title} onCancel={props.onCancel} onOk={() => form.submit()} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={props.onSubmit}
        initialValues={{ level: allowedLevels.at(-1), formation: 'single' }}
      >
        <Form.Item name="name" label={t('admin.unions.name')} rules={[{ required: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        {!props.editing && (
          <Form.Item name="level" label={t('admin.unions.level')} rules={[{ required: true }]}>
            <Select options={allowedLevels.map((l) => ({ value: l, label: t(`level.${l}` as const) }))} />
          </Form.Item>
        )}
        <Form.Item name="formation" label={t('admin.unions.formation')} rules={[{ required: true }]}>
          <Select options={formations.map((f) => ({ value: f, label: t(`formation.${f}` as const) }))} />
        </Form.Item>
        <Form.Item name="address" label={t('admin.unions.address')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="serves" label={t('admin.unions.serves')}>
          <Select
            mode="multiple"
            allowClear
            options={categories.map((c) => ({ value: c, label: t(`category.${c}` as const) }))}
          />
        </Form.Item>
        {props.editing && (
          <Form.Item name="autoApprove" label={t('admin.unions.autoApprove')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        <Space>
          <Form.Item name="lng" label="lng">
            <InputNumber min={-180} max={180} step={0.001} />
          </Form.Item>
          <Form.Item name="lat" label="lat">
            <InputNumber min={-90} max={90} step={0.001} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

function MoveModal(props: { open: boolean; onCancel: () => void; onSubmit: (parentId: number) => void }) {
  const { t } = useI18n();
  const [target, setTarget] = useState<number | undefined>();
  return (
    <Modal
      open={props.open}
      title={t('admin.unions.move')}
      onCancel={props.onCancel}
      onOk={() => target && props.onSubmit(target)}
      okButtonProps={{ disabled: !target }}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('admin.unions.moveTo')}</Typography.Paragraph>
      <UnionSelect value={target} onChange={setTarget} excludeLevel="base" />
    </Modal>
  );
}

function Employers({ union, onChanged }: { union: UnionDetail; onChanged: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ creditCode: string; name: string; address?: string }>();
  const list = useAsync(
    () => call(api.GET('/api/employers', { params: { query: { unionId: union.id, page, pageSize: 10 } } })),
    [union.id, page],
  );
  const add = async (v: { creditCode: string; name: string; address?: string }) => {
    try {
      await call(api.POST('/api/employers', { body: { ...v, address: v.address || null, unionId: union.id } }));
      message.success(t('common.saved'));
      setAdding(false);
      form.resetFields();
      await list.reload();
      await onChanged();
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  return (
    <Card
      size="small"
      title={t('admin.unions.employerList')}
      extra={
        union.actions.includes('manageEmployers') && (
          <Button size="small" onClick={() => setAdding(true)}>
            {t('admin.unions.addEmployer')}
          </Button>
        )
      }
    >
      <Table
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: true }}
        pagination={{
          current: page,
          total: list.data?.total ?? 0,
          pageSize: 10,
          onChange: setPage,
          showTotal: (n) => t('common.total', { n }),
        }}
        columns={[
          { title: t('admin.unions.employerName'), dataIndex: 'name' },
          { title: t('admin.unions.creditCode'), dataIndex: 'creditCode' },
          { title: t('admin.accounts.union'), render: (_, e) => e.union.name },
          {
            title: '',
            render: (_, e) => (
              <Tag color={e.covered ? 'green' : 'orange'}>
                {e.covered ? t('admin.unions.covered') : t('admin.unions.uncovered')}
              </Tag>
            ),
          },
        ]}
      />
      <Modal
        open={adding}
        title={t('admin.unions.addEmployer')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
      >
        <Form form={form} layout="vertical" onFinish={add}>
          <Form.Item name="creditCode" label={t('admin.unions.creditCode')} rules={[{ required: true }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="name" label={t('admin.unions.employerName')} rules={[{ required: true, max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="address" label={t('admin.unions.address')}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
