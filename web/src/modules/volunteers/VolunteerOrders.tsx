// 接单大厅: the orders my teams can take (open), and those my teams took, with "service done" (a note and photos
// from the site). A volunteer in several teams that can serve an order chooses which one takes it.
import { ActionSheet, Button, Card, Empty, Image, Space, Tabs, Tag, TextArea, Toast } from 'antd-mobile';
import { useRef, useState } from 'react';
import { ApiError, api, call, postBytes } from '../../api/client';
import { useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import { chinaMoment, specialtyKey, statusColor, statusKey } from './format';

type Order = Awaited<ReturnType<typeof load>>['items'][number];
const load = (which: 'open' | 'mine') =>
  call(api.GET('/api/me/volunteer/orders', { params: { query: { which, pageSize: 50 } } }));

export function VolunteerOrders() {
  const { t } = useI18n();
  const [which, setWhich] = useState<'open' | 'mine'>('open');
  return (
    <>
      <PageBar back="/volunteer">{t('volunteer.orders')}</PageBar>
      <Tabs activeKey={which} onChange={(k) => setWhich(k as 'open' | 'mine')}>
        <Tabs.Tab key="open" title={t('volunteer.openOrders')} />
        <Tabs.Tab key="mine" title={t('volunteer.teamOrders')} />
      </Tabs>
      <OrderList key={which} which={which} />
    </>
  );
}

function OrderList({ which }: { which: 'open' | 'mine' }) {
  const { t } = useI18n();
  const orders = useAsync(() => load(which), [which]);
  const me = useAsync(() => call(api.GET('/api/me/volunteer')), []);
  return (
    <AsyncView state={orders}>
      {(page) =>
        page.items.length === 0 ? (
          <Empty
            className="m-empty"
            description={t(which === 'open' ? 'volunteer.noOpenOrders' : 'volunteer.noTeamOrders')}
          />
        ) : (
          <div data-testid={`orders-${which}`}>
            {page.items.map((o) => (
              <OrderCard key={o.id} order={o} teams={me.data?.teams ?? []} reload={orders.reload} />
            ))}
          </div>
        )
      }
    </AsyncView>
  );
}

function OrderCard({
  order: o,
  teams,
  reload,
}: {
  order: Order;
  teams: Array<{ id: number; name: string; specialty: string; mine: string }>;
  reload: () => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const run = async (fn: () => Promise<unknown>, done: Parameters<typeof t>[0]) => {
    setBusy(true);
    try {
      await fn();
      Toast.show({ content: t(done) });
      await reload();
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
    } finally {
      setBusy(false);
    }
  };
  const takeFor = (teamId: number) =>
    run(
      () => call(api.POST('/api/me/volunteer/orders/{id}/take', { params: { path: { id: o.id } }, body: { teamId } })),
      'volunteer.taken',
    );
  const take = () => {
    const serving = teams.filter((x) => x.specialty === o.service.specialty && x.mine !== 'pending');
    if (serving.length === 1) return takeFor(serving[0]?.id as number);
    ActionSheet.show({
      extra: t('volunteer.chooseTeam'),
      actions: serving.map((x) => ({ key: x.id, text: x.name, onClick: () => void takeFor(x.id) })),
      closeOnAction: true,
    });
  };
  return (
    <Card
      title={o.service.name}
      extra={<Tag color={statusColor(o.status)}>{t(statusKey(o.status))}</Tag>}
      style={{ margin: 12, borderRadius: 12 }}
      data-testid="volunteer-order"
    >
      <div>{t('serviceOrder.when', { when: chinaMoment(o.wantedAt, lang) })}</div>
      <div>{t('serviceOrder.where', { place: o.place })}</div>
      <div>{t('serviceOrder.by', { name: o.requesterName })}</div>
      {o.note && <div className="m-muted">{o.note}</div>}
      <div className="m-muted">
        {t(specialtyKey(o.service.specialty))} · {o.union.name}
        {o.team ? ` · ${o.team.name}` : ''}
      </div>
      {o.proofUrls.length > 0 && (
        <Space wrap style={{ marginTop: 6 }}>
          {o.proofUrls.map((u) => (
            <Image key={u} src={u} width={64} height={64} fit="cover" />
          ))}
        </Space>
      )}
      {o.status === 'placed' && (
        <Button block color="primary" loading={busy} onClick={take} style={{ marginTop: 8 }} data-testid="order-take">
          {t('volunteer.take')}
        </Button>
      )}
      {o.status === 'taken' && (
        <div style={{ marginTop: 8 }}>
          <TextArea
            value={note}
            onChange={setNote}
            rows={2}
            maxLength={500}
            placeholder={t('volunteer.doneNotePlaceholder')}
            aria-label={t('volunteer.doneNote')}
            data-testid="order-done-note"
          />
          <input
            ref={picker}
            type="file"
            hidden
            accept="image/jpeg,image/png"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file)
                void run(() => postBytes(`/api/me/volunteer/orders/${o.id}/photos`, file), 'volunteer.proofAdded');
            }}
          />
          <Space style={{ marginTop: 6 }}>
            <Button size="small" onClick={() => picker.current?.click()} disabled={o.proofUrls.length >= 3}>
              {t('volunteer.addProof')}
            </Button>
            <Button
              size="small"
              color="primary"
              loading={busy}
              disabled={note.trim() === ''}
              onClick={() =>
                run(
                  () =>
                    call(
                      api.POST('/api/me/volunteer/orders/{id}/done', {
                        params: { path: { id: o.id } },
                        body: { note },
                      }),
                    ),
                  'volunteer.doneSent',
                )
              }
              data-testid="order-done"
            >
              {t('volunteer.markDone')}
            </Button>
          </Space>
        </div>
      )}
    </Card>
  );
}
