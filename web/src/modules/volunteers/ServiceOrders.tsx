// 点单 in the member app, for members and residents signed in by phone alike: the services on offer, an order
// (who, when, where), my orders, and one order's progress with "confirm and rate" once the team reports it done.
import {
  Button,
  Card,
  Dialog,
  Empty,
  Form,
  Image,
  Input,
  List,
  NoticeBar,
  Popup,
  Rate,
  Space,
  Steps,
  Tabs,
  Tag,
  TextArea,
  Toast,
} from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useMemberAct } from '../../member/kit/useMemberAct';
import { useAsync } from '../../shared/useAsync';
import { chinaMoment, specialtyKey, statusColor, statusKey } from './format';

type Item = Awaited<ReturnType<typeof loadMenu>>['items'][number];
const loadMenu = () => call(api.GET('/api/me/service-items', { params: { query: { pageSize: 100 } } }));

export function ServiceHome() {
  const { t } = useI18n();
  const [tab, setTab] = useState<'menu' | 'mine'>('menu');
  return (
    <>
      <PageBar back="/services">{t('serviceOrder.title')}</PageBar>
      <Tabs activeKey={tab} onChange={(k) => setTab(k as 'menu' | 'mine')}>
        <Tabs.Tab key="menu" title={t('serviceOrder.menu')} />
        <Tabs.Tab key="mine" title={t('serviceOrder.mine')} />
      </Tabs>
      {tab === 'menu' ? <Menu onPlaced={() => setTab('mine')} /> : <MyOrders />}
    </>
  );
}

function Menu({ onPlaced }: { onPlaced: () => void }) {
  const { t } = useI18n();
  const menu = useAsync(loadMenu, []);
  const [ordering, setOrdering] = useState<Item | null>(null);
  return (
    <>
      <NoticeBar content={t('serviceOrder.intro')} color="info" wrap />
      <AsyncView state={menu}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty className="m-empty" description={t('serviceOrder.noItems')} />
          ) : (
            <List className="m-list" data-testid="service-menu">
              {page.items.map((i) => (
                <List.Item
                  key={i.id}
                  description={`${t(specialtyKey(i.specialty))} · ${i.union.name}${i.station ? ` · ${i.station.name}` : ''}${i.description ? ` · ${i.description}` : ''}`}
                  extra={
                    <Button size="mini" color="primary" onClick={() => setOrdering(i)} data-testid="service-order">
                      {t('serviceOrder.order')}
                    </Button>
                  }
                >
                  <span translate="no">{i.name}</span>
                </List.Item>
              ))}
            </List>
          )
        }
      </AsyncView>
      <Popup
        visible={ordering !== null}
        onMaskClick={() => setOrdering(null)}
        bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12, maxHeight: '90vh', overflowY: 'auto' }}
      >
        {ordering && (
          <OrderForm
            item={ordering}
            onPlaced={() => {
              setOrdering(null);
              onPlaced();
            }}
          />
        )}
      </Popup>
    </>
  );
}

/** `datetime-local` reads the phone's own clock zone, which for our members is China's. */
const inAnHour = () => {
  const d = new Date(Date.now() + 3_600_000 - new Date().getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};

function OrderForm({ item, onPlaced }: { item: Item; onPlaced: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [wantedAt, setWantedAt] = useState(inAnHour());
  const [place, setPlace] = useState(item.station?.name ?? '');
  const [note, setNote] = useState('');
  const { run, busy: sending } = useMemberAct(onPlaced);
  const submit = async () => {
    if (!name.trim() || !wantedAt || !place.trim()) {
      Toast.show({ content: t('serviceOrder.required') });
      return;
    }
    const body = { itemId: item.id, name, wantedAt: new Date(wantedAt).toISOString(), place, note };
    await run(() => call(api.POST('/api/me/service-orders', { body })), 'serviceOrder.placed');
  };
  return (
    <Form layout="vertical" style={{ padding: 12 }} data-testid="order-form">
      <h2 style={{ margin: '4px 12px' }}>{item.name}</h2>
      <Form.Item label={t('serviceOrder.name')}>
        <Input value={name} onChange={setName} maxLength={30} placeholder={t('serviceOrder.namePlaceholder')} />
      </Form.Item>
      <Form.Item label={t('serviceOrder.wantedAt')}>
        <Input
          type="datetime-local"
          value={wantedAt}
          onChange={setWantedAt}
          aria-label={t('serviceOrder.wantedAt')}
          data-testid="order-when"
        />
      </Form.Item>
      <Form.Item label={t('serviceOrder.place')}>
        <Input value={place} onChange={setPlace} maxLength={100} placeholder={t('serviceOrder.placePlaceholder')} />
      </Form.Item>
      <Form.Item label={t('serviceOrder.note')}>
        <TextArea
          value={note}
          onChange={setNote}
          rows={2}
          maxLength={500}
          placeholder={t('serviceOrder.notePlaceholder')}
        />
      </Form.Item>
      <Button block color="primary" loading={sending} onClick={submit} data-testid="order-submit">
        {t('serviceOrder.submit')}
      </Button>
    </Form>
  );
}

function MyOrders() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const mine = useAsync(() => call(api.GET('/api/me/service-orders', { params: { query: { pageSize: 50 } } })), []);
  return (
    <AsyncView state={mine}>
      {(page) =>
        page.items.length === 0 ? (
          <Empty className="m-empty" description={t('serviceOrder.noOrders')} />
        ) : (
          <div data-testid="my-service-orders">
            {page.items.map((o) => (
              <Card
                key={o.id}
                title={o.service.name}
                extra={<Tag color={statusColor(o.status)}>{t(statusKey(o.status))}</Tag>}
                onClick={() => navigate(`/service-orders/${o.id}`)}
                style={{ margin: 12, borderRadius: 12 }}
              >
                <div>{t('serviceOrder.when', { when: chinaMoment(o.wantedAt, lang) })}</div>
                <div>{t('serviceOrder.where', { place: o.place })}</div>
                {o.team && <div>{t('serviceOrder.team', { team: o.team.name })}</div>}
              </Card>
            ))}
          </div>
        )
      }
    </AsyncView>
  );
}

export function ServiceOrderPage() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const order = useAsync(() => call(api.GET('/api/me/service-orders/{id}', { params: { path: { id } } })), [id]);
  const { run } = useMemberAct(order.reload);
  const cancel = async () => {
    if (!(await Dialog.confirm({ content: t('serviceOrder.cancelConfirm') }))) return;
    await run(
      () => call(api.POST('/api/me/service-orders/{id}/cancel', { params: { path: { id } } })),
      'serviceOrder.cancelled',
    );
  };
  return (
    <>
      <PageBar back="/service-orders">{t('serviceOrder.title')}</PageBar>
      <AsyncView state={order}>
        {(o) => (
          <div data-testid="service-order-detail">
            <Card
              title={o.service.name}
              extra={<Tag color={statusColor(o.status)}>{t(statusKey(o.status))}</Tag>}
              style={{ margin: 12, borderRadius: 12 }}
            >
              <div>{t('serviceOrder.when', { when: chinaMoment(o.wantedAt, lang) })}</div>
              <div>{t('serviceOrder.where', { place: o.place })}</div>
              {o.note && <div className="m-muted">{o.note}</div>}
              {o.team && <div>{t('serviceOrder.team', { team: o.team.name })}</div>}
              {o.volunteer && <div>{t('serviceOrder.volunteer', { name: o.volunteer })}</div>}
              {o.doneNote && <div>{t('serviceOrder.doneNote', { note: o.doneNote })}</div>}
              {o.status === 'placed' && (
                <div className="m-muted">{t('serviceOrder.takeBy', { when: chinaMoment(o.takeBy, lang) })}</div>
              )}
              {o.rating !== null && <div>{t('serviceOrder.rated', { n: o.rating })}</div>}
              {o.award && (
                <div data-testid="order-award">
                  {t('serviceOrder.award', {
                    points: o.award.points,
                    base: o.award.base,
                    bonus: o.award.bonus
                      ? t('serviceOrder.awardBonus', { bonus: o.award.bonus, rating: o.award.rating })
                      : '',
                    union: o.award.ruleUnion,
                    version: o.award.ruleVersion,
                  })}
                </div>
              )}
            </Card>
            {o.proofUrls.length > 0 && (
              <Card title={t('serviceOrder.photos')} style={{ margin: 12, borderRadius: 12 }}>
                <Space wrap>
                  {o.proofUrls.map((u) => (
                    <Image key={u} src={u} width={80} height={80} fit="cover" />
                  ))}
                </Space>
              </Card>
            )}
            {o.status === 'done' && <ConfirmForm id={o.id} onDone={order.reload} />}
            {o.status === 'placed' && (
              <div style={{ margin: 12 }}>
                <Button block color="danger" fill="outline" onClick={cancel}>
                  {t('serviceOrder.cancel')}
                </Button>
              </div>
            )}
            <Card title={t('serviceOrder.steps')} style={{ margin: 12, borderRadius: 12 }}>
              <Steps direction="vertical" current={o.events.length - 1}>
                {o.events.map((e) => (
                  <Steps.Step
                    key={`${e.kind}-${e.at}`}
                    title={t(`serviceOrder.event.${e.kind}` as MessageKey)}
                    description={chinaMoment(e.at, lang)}
                  />
                ))}
              </Steps>
            </Card>
          </div>
        )}
      </AsyncView>
    </>
  );
}

function ConfirmForm({ id, onDone }: { id: number; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [rating, setRating] = useState(5);
  const [comment, setComment] = useState('');
  const { run, busy: sending } = useMemberAct(onDone);
  const submit = async () => {
    const body = { rating, comment };
    await run(
      () => call(api.POST('/api/me/service-orders/{id}/confirm', { params: { path: { id } }, body })),
      'serviceOrder.confirmed',
    );
  };
  return (
    <Card title={t('serviceOrder.confirmTitle')} style={{ margin: 12, borderRadius: 12 }} data-testid="order-confirm">
      <Form layout="vertical">
        <Form.Item label={t('serviceOrder.rating')}>
          <Rate value={rating} onChange={(v) => setRating(Math.max(1, v))} />
        </Form.Item>
        <Form.Item label={t('serviceOrder.comment')}>
          <TextArea
            value={comment}
            onChange={setComment}
            rows={2}
            maxLength={300}
            placeholder={t('serviceOrder.commentPlaceholder')}
          />
        </Form.Item>
      </Form>
      <Button block color="primary" loading={sending} onClick={submit} data-testid="order-confirm-submit">
        {t('serviceOrder.confirm')}
      </Button>
    </Card>
  );
}
