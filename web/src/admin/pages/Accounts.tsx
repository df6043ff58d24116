import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { roles } from '../../api/enums';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { errorText } from '../components/errors';
import { UnionSelect } from '../components/UnionSelect';
import { ListPage, usePagedList } from '../kit/ListPage';

type RoleName = (typeof roles)[number];

export default function Accounts() {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const [q, setQ] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<number | null>(null);
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/accounts', { params: { query: { q, page, pageSize } } })),
    [q],
  );

  /** Runs a change, says what happened in words, and shows a one-time password when the change issued one. */
  const act = async (fn: () => Promise<unknown>, done: MessageKey) => {
    try {
      const res = await fn();
      await list.reload();
      message.success(t(done));
      const password = (res as { initialPassword?: string } | undefined)?.initialPassword;
      if (password) {
        modal.info({
          title: t('admin.accounts.initialPassword'),
          content: (
            <Typography.Text code copyable data-testid="initial-password">
              {password}
            </Typography.Text>
          ),
        });
      }
      return true;
    } catch (e) {
      message.error(errorText(e, lang));
      return false;
    }
  };
  // Only the roles this admin may grant (it must hold all their permissions itself): the server says which.
  const grantable = useAsync(() => call(api.GET('/api/accounts/grantable-roles')), []);
  const roleOptions = roles
    .filter((r) => grantable.data?.roles.includes(r))
    .map((r) => ({ value: r, label: t(`role.${r}` as const) }));

  return (
    <ListPage
      title={t('admin.menu.accounts')}
      list={list}
      extra={
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('admin.accounts.create')}
        </Button>
      }
      filters={
        <Input.Search
          placeholder={`${t('admin.accounts.username')} / ${t('admin.accounts.displayName')}`}
          allowClear
          onSearch={(v) => setQ(v || undefined)}
          style={{ maxWidth: 320 }}
        />
      }
      scrollX={900}
      columns={[
        // Names are data, never translated (translate="no" tells browsers and the language scan alike).
        { title: t('admin.accounts.username'), render: (_, a) => <span translate="no">{a.username}</span> },
        { title: t('admin.accounts.displayName'), render: (_, a) => <span translate="no">{a.displayName}</span> },
        {
          title: t('admin.accounts.roles'),
          render: (_, a) => (
            <Space wrap size={4}>
              {a.grants.map((g) => (
                <Tag
                  key={g.id}
                  closable={a.actions.includes('grant')}
                  onClose={(e) => {
                    e.preventDefault();
                    void act(
                      () =>
                        call(
                          api.DELETE('/api/accounts/{id}/grants/{grantId}', {
                            params: { path: { id: a.id, grantId: g.id } },
                          }),
                        ),
                      'admin.accounts.done.revoked',
                    );
                  }}
                >
                  {t(`role.${g.role}` as const)} · {g.union.name}
                </Tag>
              ))}
            </Space>
          ),
        },
        { title: t('admin.accounts.totp'), render: (_, a) => (a.totpEnabled ? <Tag color="green">TOTP</Tag> : '—') },
        {
          title: t('admin.accounts.status'),
          render: (_, a) => (
            <Tag color={a.disabled ? 'red' : 'green'}>
              {a.disabled ? t('admin.accounts.disabled') : t('admin.accounts.enabled')}
            </Tag>
          ),
        },
        {
          title: t('admin.accounts.lastLogin'),
          render: (_, a) => a.lastLoginAt?.replace('T', ' ').slice(0, 16) ?? '—',
        },
        {
          title: t('common.actions'),
          render: (_, a) => (
            <Space wrap size={0}>
              {a.actions.includes('grant') && (
                <Button type="link" size="small" onClick={() => setGranting(a.id)}>
                  {t('admin.accounts.grant')}
                </Button>
              )}
              {a.actions.includes('disable') &&
                (a.disabled ? (
                  <Button
                    type="link"
                    size="small"
                    onClick={() =>
                      act(
                        () => call(api.POST('/api/accounts/{id}/enable', { params: { path: { id: a.id } } })),
                        'admin.accounts.done.enabled',
                      )
                    }
                  >
                    {t('admin.accounts.enable')}
                  </Button>
                ) : (
                  <Popconfirm
                    title={`${t('admin.accounts.disable')}?`}
                    onConfirm={() =>
                      act(
                        () => call(api.POST('/api/accounts/{id}/disable', { params: { path: { id: a.id } } })),
                        'admin.accounts.done.disabled',
                      )
                    }
                  >
                    <Button type="link" size="small" danger>
                      {t('admin.accounts.disable')}
                    </Button>
                  </Popconfirm>
                ))}
              {a.actions.includes('resetPassword') && (
                <Popconfirm
                  title={`${t('admin.accounts.resetPassword')}?`}
                  onConfirm={() =>
                    act(
                      () => call(api.POST('/api/accounts/{id}/reset-password', { params: { path: { id: a.id } } })),
                      'admin.accounts.done.reset',
                    )
                  }
                >
                  <Button type="link" size="small">
                    {t('admin.accounts.resetPassword')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          ),
        },
      ]}
    >
      <RoleModal
        open={creating}
        title={t('admin.accounts.create')}
        withIdentity
        roleOptions={roleOptions}
        onCancel={() => setCreating(false)}
        onSubmit={async (v) => {
          if (
            await act(
              () =>
                call(
                  api.POST('/api/accounts', {
                    body: {
                      username: v.username ?? '',
                      displayName: v.displayName ?? '',
                      role: v.role,
                      unionId: v.unionId,
                      merchantId: v.merchantId,
                    },
                  }),
                ),
              'admin.accounts.done.created',
            )
          )
            setCreating(false);
        }}
      />
      <RoleModal
        open={granting !== null}
        title={t('admin.accounts.grant')}
        roleOptions={roleOptions}
        onCancel={() => setGranting(null)}
        onSubmit={async (v) => {
          if (
            granting !== null &&
            (await act(
              () =>
                call(
                  api.POST('/api/accounts/{id}/grants', {
                    params: { path: { id: granting } },
                    body: { role: v.role, unionId: v.unionId },
                  }),
                ),
              'admin.accounts.done.granted',
            ))
          )
            setGranting(null);
        }}
      />
    </ListPage>
  );
}

interface RoleValues {
  username?: string;
  displayName?: string;
  role: RoleName;
  unionId: number;
  merchantId?: number;
}

function RoleModal(props: {
  open: boolean;
  title: string;
  withIdentity?: boolean;
  roleOptions: { value: RoleName; label: string }[];
  onCancel: () => void;
  onSubmit: (v: RoleValues) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<RoleValues>();
  return (
    <Modal open={props.open} title={props.title} onCancel={props.onCancel} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={props.onSubmit} preserve={false}>
        {props.withIdentity && (
          <>
            <Form.Item
              name="username"
              label={t('admin.accounts.username')}
              rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{3,32}$/ }]}
            >
              <Input maxLength={32} autoComplete="off" />
            </Form.Item>
            <Form.Item name="displayName" label={t('admin.accounts.displayName')} rules={[{ required: true, max: 50 }]}>
              <Input maxLength={50} />
            </Form.Item>
          </>
        )}
        <Form.Item name="role" label={t('admin.accounts.role')} rules={[{ required: true }]}>
          <Select options={props.roleOptions} />
        </Form.Item>
        <Form.Item name="unionId" label={t('admin.accounts.union')} rules={[{ required: true }]}>
          <UnionSelect />
        </Form.Item>
        {props.withIdentity && <MerchantField form={form} />}
      </Form>
    </Modal>
  );
}

/** A merchant clerk belongs to one merchant of the chosen union. */
function MerchantField({ form }: { form: ReturnType<typeof Form.useForm<RoleValues>>[0] }) {
  const { t } = useI18n();
  const role = Form.useWatch('role', form);
  const unionId = Form.useWatch('unionId', form);
  const merchants = useAsync(
    async () =>
      role === 'merchant_clerk' ? call(api.GET('/api/merchants')).catch(() => ({ items: [] })) : { items: [] },
    [role],
  );
  if (role !== 'merchant_clerk') return null;
  return (
    <Form.Item name="merchantId" label={t('admin.offers.merchant')} rules={[{ required: true }]}>
      <Select
        options={merchants.data?.items
          .filter((m) => m.active && m.union.id === unionId)
          .map((m) => ({ value: m.id, label: m.name }))}
      />
    </Form.Item>
  );
}
