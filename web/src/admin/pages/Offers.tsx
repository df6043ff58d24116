import {
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { members } from '../../api/enums';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { ReasonModal } from '../components/ReasonModal';
import { UnionSelect } from '../components/UnionSelect';
import { useAct } from '../components/useAct';
import { ListPage, usePagedList } from '../kit/ListPage';

const kinds = ['voucher', 'course', 'activity', 'subsidy'] as const;
const categories = members.memberCategories;
type Offer = Awaited<ReturnType<typeof loadOffers>>['items'][number];
const loadOffers = (q: { kind?: (typeof kinds)[number]; page: number }) =>
  call(api.GET('/api/offers', { params: { query: { ...q, pageSize: 20 } } }));

export interface OfferForm {
  unionId: number;
  kind: (typeof kinds)[number];
  mode: 'first_come' | 'lottery';
  title: string;
  description?: string;
  capacity: number;
  perMemberLimit: number;
  window: [Dayjs, Dayjs];
  startsAt?: Dayjs;
  endsAt?: Dayjs;
  place?: string;
  teacher?: string;
  online: boolean;
  merchantId?: number;
  faceValueYuan?: number;
  pointsCost?: number;
  checkinPoints?: number;
  validUntil?: Dayjs;
  eligibleCategories: string[];
  eligibleTags: string[];
  minTenureDays?: number;
  waitlist: boolean;
  acceptMinutes: number;
  cancelHours?: number | null;
  surveyQuestion?: string;
}

const toBody = (v: OfferForm) => ({
  title: v.title,
  description: v.description ?? '',
  capacity: v.capacity,
  perMemberLimit: v.mode === 'lottery' ? 1 : v.perMemberLimit,
  opensAt: v.window[0].toISOString(),
  closesAt: v.window[1].toISOString(),
  startsAt: v.startsAt?.toISOString() ?? null,
  endsAt: v.endsAt?.toISOString() ?? null,
  place: v.place ?? '',
  teacher: v.teacher ?? '',
  online: v.online,
  merchantId: v.merchantId ?? null,
  faceValueFen: Math.round((v.faceValueYuan ?? 0) * 100),
  pointsCost: v.pointsCost ?? 0,
  checkinPoints: v.checkinPoints ?? 0,
  validUntil: v.validUntil?.toISOString() ?? null,
  eligibleCategories: v.eligibleCategories as (typeof categories)[number][],
  eligibleTags: v.eligibleTags ?? [],
  minTenureDays: v.minTenureDays ?? 0,
  waitlist: v.waitlist,
  acceptMinutes: v.acceptMinutes,
  cancelHours: v.cancelHours ?? null,
  surveyQuestion: v.surveyQuestion ?? '',
});

/** Offers in my scope: create and schedule, publish, cancel; details open the registrations and tools. */
export default function Offers() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [kind, setKind] = useState<(typeof kinds)[number] | undefined>();
  const [editing, setEditing] = useState<Offer | 'new' | null>(null);
  const [cancelling, setCancelling] = useState<number | null>(null);
  const list = usePagedList((page) => loadOffers({ kind, page }), [kind]);
  const act = useAct(list.reload);
  return (
    <ListPage
      title={t('admin.menu.offers')}
      list={list}
      extra={
        <Button type="primary" onClick={() => setEditing('new')} data-testid="offer-new">
          {t('admin.offers.new')}
        </Button>
      }
      filters={
        <Select
          allowClear
          placeholder={t('admin.offers.kind')}
          style={{ width: 200, marginBottom: 12 }}
          value={kind}
          onChange={setKind}
          options={kinds.map((k) => ({ value: k, label: t(`offer.kind.${k}`) }))}
        />
      }
      scrollX={900}
      columns={[
        {
          title: t('admin.offers.title'),
          render: (_, o) => (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => navigate(`/admin/offers/${o.id}`)}>
              {o.title}
            </Button>
          ),
        },
        { title: t('admin.offers.kind'), render: (_, o) => t(`offer.kind.${o.kind}` as const) },
        { title: t('admin.offers.mode'), render: (_, o) => t(`offer.mode.${o.mode}` as const) },
        { title: t('admin.offers.union'), render: (_, o) => o.union.name },
        { title: t('admin.offers.opensAt'), render: (_, o) => new Date(o.opensAt).toLocaleString(lang) },
        { title: t('admin.offers.taken'), render: (_, o) => `${o.taken}/${o.capacity}` },
        {
          title: t('admin.offers.status'),
          render: (_, o) => (
            <Space size={4}>
              <Tag color={o.status === 'published' ? 'green' : o.status === 'draft' ? 'blue' : 'default'}>
                {t(`admin.offers.status.${o.status}` as const)}
              </Tag>
              {o.status === 'published' && <Tag>{t(`offer.phase.${o.phase}` as const)}</Tag>}
            </Space>
          ),
        },
        {
          title: t('common.actions'),
          render: (_, o) => (
            <Space wrap>
              <Button size="small" onClick={() => navigate(`/admin/offers/${o.id}`)}>
                {t('admin.offers.open')}
              </Button>
              {o.actions.includes('update') && (
                <Button size="small" onClick={() => setEditing(o)}>
                  {t('common.edit')}
                </Button>
              )}
              {o.actions.includes('publish') && (
                // Publishing is seen by every eligible member at once and commits the budget: it is confirmed,
                // and an opening time already past is said plainly (the offer opens the moment it is published).
                <Popconfirm
                  title={t('admin.offers.publishConfirm')}
                  description={
                    <div className="a-confirm">
                      {t('admin.offers.publishWhat', {
                        opens: new Date(o.opensAt).toLocaleString(lang),
                        closes: new Date(o.closesAt).toLocaleString(lang),
                      })}
                      {Date.parse(o.opensAt) < Date.now() && (
                        <Typography.Text type="warning" data-testid={`publish-past-${o.id}`}>
                          {t('admin.offers.opensInPast')}
                        </Typography.Text>
                      )}
                    </div>
                  }
                  okText={t('admin.offers.publish')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    act(
                      () => call(api.POST('/api/offers/{id}/publish', { params: { path: { id: o.id } } })),
                      'admin.done.offerPublished',
                    )
                  }
                >
                  <Button size="small" type="primary" data-testid={`publish-${o.id}`}>
                    {t('admin.offers.publish')}
                  </Button>
                </Popconfirm>
              )}
              {o.actions.includes('cancel') && (
                <Button size="small" danger onClick={() => setCancelling(o.id)}>
                  {t('admin.offers.cancel')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    >
      {editing && (
        <OfferModal
          offer={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void list.reload();
          }}
        />
      )}
      <ReasonModal
        open={cancelling !== null}
        title={t('admin.offers.cancel')}
        label={t('admin.points.reason')}
        onCancel={() => setCancelling(null)}
        onSubmit={async (reason) => {
          const id = cancelling as number;
          setCancelling(null);
          await act(() => call(api.POST('/api/offers/{id}/cancel', { params: { path: { id } }, body: { reason } })));
        }}
      />
    </ListPage>
  );
}

function OfferModal({ offer, onClose, onSaved }: { offer: Offer | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<OfferForm>();
  const act = useAct(onSaved);
  const merchants = useAsync(() => call(api.GET('/api/merchants')), []);
  const kind = Form.useWatch('kind', form) ?? offer?.kind;
  const mode = Form.useWatch('mode', form) ?? offer?.mode;
  const openWindow = Form.useWatch('window', form) as [Dayjs, Dayjs] | undefined;
  // Saving is allowed (an offer may open at once), but an opening time already past is said beside the field.
  const opensInPast =
    (offer?.status ?? 'draft') === 'draft' && openWindow?.[0] ? openWindow[0].isBefore(dayjs()) : false;
  const d = (s: string | null | undefined) => (s ? dayjs(s) : undefined);
  const initial: Partial<OfferForm> = offer
    ? {
        ...offer,
        unionId: offer.union.id,
        window: [dayjs(offer.opensAt), dayjs(offer.closesAt)],
        startsAt: d(offer.startsAt),
        endsAt: d(offer.endsAt),
        validUntil: d(offer.validUntil),
        merchantId: offer.merchant?.id,
        faceValueYuan: offer.faceValueFen / 100,
        surveyQuestion: offer.surveyQuestion ?? undefined,
      }
    : {
        kind: 'voucher',
        mode: 'first_come',
        perMemberLimit: 1,
        online: false,
        waitlist: true,
        acceptMinutes: 30,
        eligibleCategories: [],
        capacity: 100,
      };
  const save = (v: OfferForm) =>
    act(async () => {
      const body = toBody(v);
      if (offer) {
        // Only what changed is sent: once claims exist, the server refuses changes to the rules.
        const before = toBody({ ...(initial as OfferForm) });
        const patch = Object.fromEntries(
          Object.entries(body).filter(
            ([k, val]) => JSON.stringify(val) !== JSON.stringify(before[k as keyof typeof before]),
          ),
        );
        await call(api.PATCH('/api/offers/{id}', { params: { path: { id: offer.id } }, body: patch }));
      } else {
        await call(api.POST('/api/offers', { body: { ...body, unionId: v.unionId, kind: v.kind, mode: v.mode } }));
      }
    });
  return (
    <Modal
      open
      width={720}
      title={offer ? offer.title : t('admin.offers.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={save} preserve={false}>
        {!offer && (
          <Space wrap>
            <Form.Item name="unionId" label={t('admin.offers.union')} rules={[{ required: true }]}>
              <UnionSelect />
            </Form.Item>
            <Form.Item name="kind" label={t('admin.offers.kind')} rules={[{ required: true }]}>
              <Select style={{ width: 140 }} options={kinds.map((k) => ({ value: k, label: t(`offer.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="mode" label={t('admin.offers.mode')} rules={[{ required: true }]}>
              <Select
                style={{ width: 140 }}
                options={(['first_come', 'lottery'] as const).map((m) => ({ value: m, label: t(`offer.mode.${m}`) }))}
              />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="title" label={t('admin.offers.title')} rules={[{ required: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('admin.offers.description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="capacity" label={t('admin.offers.capacity')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1000000} precision={0} />
          </Form.Item>
          {mode !== 'lottery' && (
            <Form.Item name="perMemberLimit" label={t('admin.offers.perMemberLimit')}>
              <InputNumber min={1} max={100} precision={0} />
            </Form.Item>
          )}
          <Form.Item
            name="window"
            label={`${t('admin.offers.opensAt')} — ${t('admin.offers.closesAt')}`}
            rules={[{ required: true }]}
            extra={
              opensInPast ? (
                <Typography.Text type="warning" data-testid="offer-opens-in-past">
                  {t('admin.offers.opensInPast')}
                </Typography.Text>
              ) : undefined
            }
          >
            <DatePicker.RangePicker showTime />
          </Form.Item>
        </Space>
        {(kind === 'course' || kind === 'activity') && (
          <Space wrap>
            <Form.Item name="startsAt" label={t('admin.offers.startsAt')}>
              <DatePicker showTime />
            </Form.Item>
            <Form.Item name="endsAt" label={t('admin.offers.endsAt')}>
              <DatePicker showTime />
            </Form.Item>
            <Form.Item name="place" label={t('admin.offers.place')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="teacher" label={t('admin.offers.teacher')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="online" label={t('admin.offers.online')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="checkinPoints" label={t('admin.offers.checkinPoints')}>
              <InputNumber min={0} max={100000} precision={0} />
            </Form.Item>
          </Space>
        )}
        {kind === 'voucher' && (
          <Space wrap>
            <Form.Item name="merchantId" label={t('admin.offers.merchant')}>
              <Select
                allowClear
                style={{ width: 200 }}
                options={(merchants.data?.items ?? [])
                  .filter((m) => m.active)
                  .map((m) => ({ value: m.id, label: m.name }))}
              />
            </Form.Item>
            <Form.Item name="faceValueYuan" label={t('admin.offers.faceValue')}>
              <InputNumber min={0} max={1000000} precision={2} />
            </Form.Item>
            <Form.Item name="validUntil" label={t('admin.offers.validUntil')}>
              <DatePicker showTime />
            </Form.Item>
          </Space>
        )}
        <Space wrap>
          {mode !== 'lottery' && (
            <Form.Item name="pointsCost" label={t('admin.offers.pointsCost')}>
              <InputNumber min={0} max={100000000} precision={0} />
            </Form.Item>
          )}
          <Form.Item name="minTenureDays" label={t('admin.offers.tenure')}>
            <InputNumber min={0} max={36500} precision={0} />
          </Form.Item>
          <Form.Item name="waitlist" label={t('admin.offers.waitlist')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="acceptMinutes" label={t('admin.offers.acceptMinutes')}>
            <InputNumber min={1} max={10080} precision={0} />
          </Form.Item>
          <Form.Item name="cancelHours" label={t('admin.offers.cancelHours')}>
            <InputNumber min={0} max={8760} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item name="eligibleCategories" label={t('admin.offers.categories')}>
          <Checkbox.Group options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="eligibleTags" label={t('admin.offers.tags')}>
          <Select mode="tags" maxCount={10} tokenSeparators={[',', '，']} />
        </Form.Item>
        <Form.Item name="surveyQuestion" label={t('admin.offers.survey')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
