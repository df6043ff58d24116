import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { assistance } from '../../api/enums';
import { type MessageKey, useI18n } from '../../i18n';
import { fenToYuan } from '../../shared/money';
import { useSession } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { EnterApplication } from '../components/EnterApplication';
import { ReasonModal } from '../components/ReasonModal';
import { useAct } from '../components/useAct';
import { ListPage, usePagedList } from '../kit/ListPage';

const statuses = assistance.statuses;
const tiers = assistance.tiers;
const tierColor = { deep: 'red', accident: 'orange', relative: 'blue', none: 'default' } as const;
const methods = assistance.methods;

/** The assistance officer's queue: open cases first, emergencies on top; a drawer per case. */
export default function Assistance() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<(typeof statuses)[number] | undefined>();
  const [tier, setTier] = useState<(typeof tiers)[number] | undefined>();
  const [reverifyDue, setReverifyDue] = useState(false);
  const [q, setQ] = useState<string | undefined>();
  const [open, setOpen] = useState<number | null>(null);
  const [entering, setEntering] = useState(false);
  const list = usePagedList(
    (page, pageSize) =>
      // A POST body: the search box may hold a whole phone or ID number, which never goes in a URL.
      call(
        api.POST('/api/assistance/search', {
          body: { status, tier, q, reverifyDue: reverifyDue ? 'true' : undefined, page, pageSize },
        }),
      ),
    [status, tier, q, reverifyDue],
  );
  return (
    <ListPage
      title={t('admin.menu.assistance')}
      list={list}
      extra={
        <Space>
          <Button type="primary" onClick={() => setEntering(true)}>
            {t('admin.assistance.enter')}
          </Button>
          <Button href="/api/assistance/export.csv" data-testid="assistance-export">
            {t('admin.assistance.export')}
          </Button>
        </Space>
      }
      filters={
        <Space wrap>
          <Select
            allowClear
            placeholder={t('admin.unions.status')}
            style={{ width: 180 }}
            value={status}
            onChange={setStatus}
            options={statuses.map((s) => ({ value: s, label: t(`assistance.status.${s}` as const) }))}
          />
          <Select
            allowClear
            placeholder={t('assistance.tierLabel')}
            style={{ width: 160 }}
            value={tier}
            onChange={setTier}
            options={tiers.map((s) => ({ value: s, label: t(`assistance.tier.${s}` as const) }))}
          />
          <Button type={reverifyDue ? 'primary' : 'default'} onClick={() => setReverifyDue(!reverifyDue)}>
            {t('admin.assistance.reverifyDue')}
          </Button>
          <Input.Search
            allowClear
            placeholder={t('admin.search.nameOrNumber')}
            onSearch={(v) => setQ(v || undefined)}
            style={{ width: 180 }}
          />
        </Space>
      }
      scrollX={900}
      onOpen={(x) => setOpen(x.id)}
      columns={[
        {
          title: t('member.me.name'),
          render: (_, x) => (
            <>
              {x.applicantName} {x.emergency && <Tag color="red">{t('assistance.emergency')}</Tag>}
            </>
          ),
        },
        { title: t('member.me.idNumber'), render: (_, x) => x.idNumberMasked },
        { title: t('admin.assistance.union'), render: (_, x) => x.union.name },
        { title: t('assistance.causeLabel'), render: (_, x) => t(`assistance.cause.${x.cause}` as const) },
        {
          title: t('assistance.tierLabel'),
          render: (_, x) => <Tag color={tierColor[x.tier]}>{t(`assistance.tier.${x.tier}` as const)}</Tag>,
        },
        {
          title: t('admin.unions.status'),
          render: (_, x) => <Tag>{t(`assistance.status.${x.status}` as const)}</Tag>,
        },
        { title: t('admin.assistance.amount'), render: (_, x) => fenToYuan(x.approvedFen ?? x.proposedFen, lang) },
        {
          title: t('admin.applications.submittedAt'),
          render: (_, x) => new Date(x.createdAt).toLocaleDateString(lang),
        },
      ]}
    >
      {open !== null && <CaseDrawer id={open} onClose={() => setOpen(null)} onChanged={list.reload} />}
      <EnterApplication
        open={entering}
        onClose={() => setEntering(false)}
        onSaved={async (id) => {
          setEntering(false);
          await list.reload();
          if (id) setOpen(id);
        }}
      />
    </ListPage>
  );
}

/**
 * The case's reviewer (AS-22): the one officer who sees its health, income and medical data. Any officer
 * handling the case may assign it, to a colleague or to themselves; each assignment is audited.
 */
function ReviewerPicker({
  caseId,
  reviewer,
  canAssign,
  onAssigned,
}: {
  caseId: number;
  reviewer: { id: number; displayName: string } | null;
  canAssign: boolean;
  onAssigned: () => unknown;
}) {
  const { t } = useI18n();
  const { session } = useSession();
  const [picking, setPicking] = useState(false);
  const candidates = useAsync(
    () =>
      picking
        ? call(api.GET('/api/assistance/{id}/reviewers', { params: { path: { id: caseId } } }))
        : Promise.resolve(null),
    [caseId, picking],
  );
  const act = useAct(async () => {
    setPicking(false);
    await onAssigned();
  });
  const assign = (accountId: number) =>
    act(() =>
      call(api.PUT('/api/assistance/{id}/reviewer', { params: { path: { id: caseId } }, body: { accountId } })),
    );
  const me = session?.account?.id;
  return (
    <Space wrap>
      <span data-testid="assistance-reviewer">
        {reviewer ? (
          reviewer.displayName
        ) : (
          <Typography.Text type="secondary">{t('admin.assistance.noReviewer')}</Typography.Text>
        )}
      </span>
      {canAssign && me !== undefined && reviewer?.id !== me && (
        <Button size="small" onClick={() => assign(me)} data-testid="assistance-review-myself">
          {t('admin.assistance.reviewMyself')}
        </Button>
      )}
      {canAssign && !picking && (
        <Button size="small" type="link" onClick={() => setPicking(true)}>
          {t('admin.assistance.assignReviewer')}
        </Button>
      )}
      {picking && (
        <Select
          size="small"
          style={{ minWidth: 220 }}
          loading={candidates.loading}
          placeholder={t('admin.assistance.assignReviewer')}
          options={(candidates.data?.items ?? []).map((c) => ({
            value: c.id,
            label: `${c.displayName} · ${c.unionName}`,
          }))}
          onChange={(v: number) => assign(v)}
          notFoundContent={t('common.empty')}
        />
      )}
    </Space>
  );
}

function CaseDrawer({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: () => unknown }) {
  const { t, lang } = useI18n();
  const [reveal, setReveal] = useState(false);
  const app = useAsync(
    () =>
      call(
        api.GET('/api/assistance/{id}', { params: { path: { id }, query: { reveal: reveal ? 'true' : undefined } } }),
      ),
    [id, reveal],
  );
  const recs = useAsync(
    () => call(api.GET('/api/assistance/{id}/recommendations', { params: { path: { id } } })),
    [id],
  );
  const history = useAsync(() => call(api.GET('/api/assistance/{id}/history', { params: { path: { id } } })), [id]);
  const [modal, setModal] = useState<'propose' | 'approve' | 'disburse' | 'help' | 'refuse' | 'reverify' | null>(null);
  const [form] = Form.useForm();
  const act = useAct(async () => {
    setModal(null);
    await Promise.all([app.reload(), onChanged()]);
  });
  const a = app.data;
  const can = (action: NonNullable<typeof a>['actions'][number]) => a?.actions.includes(action);
  const submit = async (v: Record<string, unknown>) => {
    const path = { path: { id } };
    const yuan = (k: string) => Math.round(Number(v[k]) * 100);
    if (modal === 'propose')
      await act(
        () =>
          call(
            api.POST('/api/assistance/{id}/propose', {
              params: path,
              body: { amountFen: yuan('amount'), note: (v.note as string) || null },
            }),
          ),
        'admin.done.aidProposed',
      );
    if (modal === 'approve')
      await act(
        () =>
          call(
            api.POST('/api/assistance/{id}/approve', {
              params: path,
              body: { amountFen: yuan('amount'), note: (v.note as string) || null },
            }),
          ),
        'admin.done.aidApproved',
      );
    if (modal === 'disburse')
      await act(
        () =>
          call(
            api.POST('/api/assistance/{id}/disbursements', {
              params: path,
              body: {
                amountFen: yuan('amount'),
                method: v.method as (typeof methods)[number],
                paidOn: (v.paidOn as { format: (f: string) => string }).format('YYYY-MM-DD'),
                reference: (v.reference as string) || null,
              },
            }),
          ),
        'admin.done.aidPaid',
      );
    if (modal === 'help') {
      const program = recs.data?.items.find((p) => p.id === v.programId);
      await act(() =>
        call(
          api.POST('/api/assistance/{id}/help', {
            params: path,
            body: {
              programId: program?.id,
              kind: program?.kind ?? (v.kind as 'job'),
              note: v.note as string,
              valueFen: v.value ? yuan('value') : undefined,
            },
          }),
        ),
      );
    }
  };
  return (
    <Drawer
      open
      width={Math.min(720, window.innerWidth)}
      onClose={onClose}
      title={a ? `${a.applicantName} · ${a.union.name}` : ''}
    >
      {app.error && <Alert type="error" message={app.error.text(lang)} />}
      {a && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            {can('propose') && (
              <Button type="primary" onClick={() => setModal('propose')} data-testid="assistance-propose">
                {t('admin.assistance.propose')}
              </Button>
            )}
            {can('approve') && (
              <Button type="primary" onClick={() => setModal('approve')} data-testid="assistance-approve">
                {t('admin.assistance.approve')}
              </Button>
            )}
            {can('disburse') && (
              <Button type="primary" onClick={() => setModal('disburse')} data-testid="assistance-disburse">
                {t('admin.assistance.disburse')}
              </Button>
            )}
            {can('recordHelp') && <Button onClick={() => setModal('help')}>{t('admin.assistance.recordHelp')}</Button>}
            {can('reverify') && <Button onClick={() => setModal('reverify')}>{t('admin.assistance.reverify')}</Button>}
            {can('refuse') && (
              <Button danger onClick={() => setModal('refuse')}>
                {t('admin.assistance.refuse')}
              </Button>
            )}
            {can('reveal') && !reveal && (
              <Button onClick={() => setReveal(true)} data-testid="assistance-reveal">
                {t('admin.assistance.reveal')}
              </Button>
            )}
          </Space>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('admin.unions.status')}>
              {t(`assistance.status.${a.status}` as const)}
            </Descriptions.Item>
            <Descriptions.Item label={t('assistance.tierLabel')}>
              <Tag color={tierColor[a.tier]}>{t(`assistance.tier.${a.tier}` as const)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('member.me.idNumber')}>{a.idNumberMasked}</Descriptions.Item>
            <Descriptions.Item label={t('assistance.causeLabel')}>
              {t(`assistance.cause.${a.cause}` as const)}
            </Descriptions.Item>
            <Descriptions.Item label={t('assistance.employmentLabel')}>
              {t(`assistance.employment.${a.employment}` as const)}
            </Descriptions.Item>
            <Descriptions.Item label={t('admin.assistance.householdSize')}>{a.householdSize}</Descriptions.Item>
            <Descriptions.Item label={t('admin.assistance.proposed')}>
              {fenToYuan(a.proposedFen, lang)}
            </Descriptions.Item>
            <Descriptions.Item label={t('admin.assistance.approved')}>
              {fenToYuan(a.approvedFen, lang)} /{' '}
              {t('assistance.paidAmount', { amount: fenToYuan(a.disbursedFen, lang) })}
            </Descriptions.Item>
            {a.refusalReason && (
              <Descriptions.Item label={t('admin.assistance.refuse')} span={2}>
                {a.refusalReason}
              </Descriptions.Item>
            )}
            {a.reverifyDue && (
              <Descriptions.Item label={t('admin.assistance.reverifyDue')}>{a.reverifyDue}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('admin.assistance.reviewer')} span={2}>
              <ReviewerPicker
                caseId={id}
                reviewer={a.reviewer}
                canAssign={!!can('assign')}
                onAssigned={() => Promise.all([app.reload(), onChanged()])}
              />
            </Descriptions.Item>
          </Descriptions>
          {!a.sensitive && !can('reveal') && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="assistance-reviewer-only">
              {t('admin.assistance.reviewerOnly')}
            </Typography.Paragraph>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('assistance.profile')} · v{a.profile.ruleVersion}
          </Typography.Title>
          <List
            size="small"
            dataSource={a.profile.rules}
            renderItem={(r) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <span>
                    <Tag color={r.fired ? 'red' : 'default'}>
                      {r.fired ? t('admin.assistance.fired') : t('admin.assistance.notFired')}
                    </Tag>
                    {lang === 'en' ? r.label.en : r.label.zh}
                  </span>
                  {r.text && (
                    <Typography.Text type="secondary">{lang === 'en' ? r.text.en : r.text.zh}</Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
          {a.sensitive && (
            <Card
              size="small"
              title={t('admin.assistance.sensitive')}
              style={{ marginTop: 12 }}
              data-testid="assistance-sensitive"
            >
              <Table
                size="small"
                pagination={false}
                rowKey={(_, i) => String(i)}
                dataSource={a.sensitive.household}
                columns={[
                  {
                    title: t('admin.assistance.relation'),
                    render: (_, p) => t(`assistance.relation.${p.relation}` as const),
                  },
                  { title: t('assistance.age'), dataIndex: 'age' },
                  { title: t('assistance.income'), render: (_, p) => fenToYuan(p.annualIncomeFen, lang) },
                  { title: t('assistance.dependant'), render: (_, p) => (p.dependant ? '✓' : '') },
                ]}
              />
              <p>
                {t('assistance.health')}: {t(`assistance.condition.${a.sensitive.health.condition}` as const)}{' '}
                {a.sensitive.health.note}
              </p>
              <p>
                {t('assistance.medical')}: {fenToYuan(a.sensitive.medicalSelfPaidFen, lang)}
              </p>
              <p style={{ whiteSpace: 'pre-wrap' }}>{a.sensitive.story}</p>
            </Card>
          )}
          {a.evidence.length > 0 && (
            <Card size="small" title={t('evidence.label')} style={{ marginTop: 12 }}>
              {a.evidence.map((f) => (
                <div key={f.id}>
                  <a href={`/api/files/${f.id}`} target="_blank" rel="noreferrer">
                    {f.name}
                  </a>
                </div>
              ))}
            </Card>
          )}
          <Card size="small" title={t('admin.assistance.recommendations')} style={{ marginTop: 12 }}>
            {recs.data?.items.length === 0 && <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>}
            {recs.data?.items.map((p) => (
              <div key={p.id} style={{ marginBottom: 6 }}>
                <Tag>{t(`assistance.program.${p.kind}` as const)}</Tag>
                <b>{p.name}</b> · {p.union} {p.maxAmountFen ? `· ≤ ${fenToYuan(p.maxAmountFen, lang)}` : ''}
                <div>
                  <Typography.Text type="secondary">
                    {p.description} · {lang === 'en' ? p.why.en : p.why.zh}
                  </Typography.Text>
                </div>
              </div>
            ))}
          </Card>
          {(a.disbursements.length > 0 || a.help.length > 0) && (
            <Card size="small" title={t('assistance.payments')} style={{ marginTop: 12 }}>
              {a.disbursements.map((d) => (
                <div key={d.id}>
                  {d.paidOn} · {fenToYuan(d.amountFen, lang)} · {t(`assistance.method.${d.method}` as const)} ·{' '}
                  {d.reference} · {d.recordedBy}
                </div>
              ))}
              {a.help.map((h) => (
                <div key={h.id}>
                  {t(`assistance.program.${h.kind}` as const)} · {h.programName} · {h.note}
                </div>
              ))}
            </Card>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('assistance.progress')}
          </Typography.Title>
          <Timeline
            items={a.events.map((e) => ({
              children: `${new Date(e.at).toLocaleString(lang)} · ${t(`assistance.event.${e.kind}` as MessageKey)}${e.by ? ` · ${e.by}` : ''}${
                typeof e.detail?.amountFen === 'number' ? ` · ${fenToYuan(e.detail.amountFen, lang)}` : ''
              }${typeof e.detail?.reason === 'string' ? ` · ${e.detail.reason}` : ''}`,
            }))}
          />
          {(history.data?.items.length ?? 0) > 1 && (
            <Card size="small" title={t('admin.assistance.history')}>
              {history.data?.items.map((h) => (
                <div key={h.id}>
                  {h.createdAt.slice(0, 10)} · {t(`assistance.cause.${h.cause}` as const)} ·{' '}
                  {t(`assistance.status.${h.status}` as const)} · {fenToYuan(h.approvedFen, lang)}
                </div>
              ))}
            </Card>
          )}
        </>
      )}
      <Modal
        open={modal !== null && modal !== 'refuse' && modal !== 'reverify'}
        title={modal ? t(`admin.assistance.${modal === 'help' ? 'recordHelp' : modal}` as const) : ''}
        onCancel={() => setModal(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          {modal !== 'help' && (
            <Form.Item
              name="amount"
              label={t('admin.assistance.amountYuan')}
              rules={[{ required: true }]}
              initialValue={modal === 'approve' && a?.proposedFen ? a.proposedFen / 100 : undefined}
            >
              <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="amount-input" />
            </Form.Item>
          )}
          {modal === 'disburse' && (
            <>
              <Form.Item
                name="method"
                label={t('admin.assistance.method')}
                rules={[{ required: true }]}
                initialValue="bank_transfer"
              >
                <Select options={methods.map((m) => ({ value: m, label: t(`assistance.method.${m}` as const) }))} />
              </Form.Item>
              <Form.Item name="paidOn" label={t('admin.assistance.paidOn')} rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} data-testid="paid-on" />
              </Form.Item>
              <Form.Item name="reference" label={t('admin.assistance.reference')}>
                <Input maxLength={60} />
              </Form.Item>
            </>
          )}
          {modal === 'help' && (
            <>
              <Form.Item name="programId" label={t('admin.assistance.program')}>
                <Select allowClear options={recs.data?.items.map((p) => ({ value: p.id, label: p.name }))} />
              </Form.Item>
              <Form.Item name="kind" label={t('admin.assistance.kind')} initialValue="material_aid">
                <Select
                  options={['policy_subsidy', 'job', 'material_aid', 'mutual_aid', 'education_grant'].map((k) => ({
                    value: k,
                    label: t(`assistance.program.${k}` as MessageKey),
                  }))}
                />
              </Form.Item>
              <Form.Item name="value" label={t('admin.assistance.valueYuan')}>
                <InputNumber min={0} precision={2} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {(modal === 'help' || modal === 'propose' || modal === 'approve') && (
            <Form.Item
              name="note"
              label={t('admin.assistance.note')}
              rules={modal === 'help' ? [{ required: true }] : []}
            >
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <ReasonModal
        open={modal === 'refuse' || modal === 'reverify'}
        title={t(modal === 'reverify' ? 'admin.assistance.reverify' : 'admin.assistance.refuse')}
        label={t(modal === 'reverify' ? 'admin.assistance.note' : 'admin.assistance.refuseReason')}
        onCancel={() => setModal(null)}
        onSubmit={(reason) =>
          modal === 'reverify'
            ? act(() =>
                call(api.POST('/api/assistance/{id}/reverify', { params: { path: { id } }, body: { note: reason } })),
              )
            : act(
                () => call(api.POST('/api/assistance/{id}/refuse', { params: { path: { id } }, body: { reason } })),
                'admin.done.aidRefused',
              )
        }
      />
    </Drawer>
  );
}
