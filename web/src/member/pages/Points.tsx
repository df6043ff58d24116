import { Button, ErrorBlock, Form, Input, List, Radio, Result, SpinLoading, Toast } from 'antd-mobile';
import { useRef, useState } from 'react';
import { ApiError, api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { PageBar } from '../kit/PageBar';

const PAGE = 20;

/** Balance, every movement (paginated), and paying a phone or electricity bill with points. */
export default function Points() {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const history = useAsync(
    () => call(api.GET('/api/me/points', { params: { query: { page, pageSize: PAGE } } })),
    [page],
  );
  const [kind, setKind] = useState<'phone' | 'electricity'>('phone');
  const [account, setAccount] = useState('');
  const [yuan, setYuan] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const key = useRef(crypto.randomUUID().replaceAll('-', ''));
  const fen = Math.round(Number(yuan) * 100);

  const pay = async () => {
    setBusy(true);
    try {
      const bill = await call(
        api.POST('/api/me/bills', { body: { kind, account, amountFen: fen, idempotencyKey: key.current } }),
      );
      key.current = crypto.randomUUID().replaceAll('-', '');
      setOutcome(
        bill.status === 'paid'
          ? t('bills.paid')
          : bill.status === 'failed'
            ? t('bills.failed', {
                reason:
                  bill.failure === 'account not found'
                    ? t('points.reason.partner.accountNotFound')
                    : (bill.failure ?? ''),
              })
            : t('bills.pending'),
      );
      setPage(1);
      void history.reload();
    } catch (e) {
      const err = e instanceof ApiError ? e : null;
      if (err && err.status > 0 && err.status < 500) key.current = crypto.randomUUID().replaceAll('-', '');
      Toast.show({ content: err?.text(lang) ?? String(e) });
    } finally {
      setBusy(false);
    }
  };

  const data = history.data;
  return (
    <>
      <PageBar back={'/'}>{t('points.title')}</PageBar>
      <div className="m-points-balance" data-testid="points-balance">
        <div className="m-muted">{t('points.balance')}</div>
        <div className="big">{data?.balance ?? '—'}</div>
      </div>
      <List header={t('bills.title')} style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}>
        <Form layout="horizontal">
          <Form.Item>
            <Radio.Group value={kind} onChange={(v) => setKind(v as 'phone' | 'electricity')}>
              <Radio value="phone">{t('bills.phone')}</Radio>
              <Radio value="electricity" style={{ marginLeft: 16 }}>
                {t('bills.electricity')}
              </Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item label={t('bills.account')}>
            <Input
              aria-label={t('bills.account')}
              value={account}
              onChange={setAccount}
              inputMode="numeric"
              maxLength={40}
            />
          </Form.Item>
          <Form.Item label={t('bills.amount')} description={fen > 0 ? t('bills.points', { n: fen }) : undefined}>
            <Input aria-label={t('bills.amount')} value={yuan} onChange={setYuan} inputMode="decimal" maxLength={8} />
          </Form.Item>
        </Form>
        <div style={{ padding: 12 }}>
          <Button block color="primary" loading={busy} disabled={!account || !(fen >= 100)} onClick={pay}>
            {t('bills.pay')}
          </Button>
        </div>
      </List>
      {outcome && <Result status="info" title={outcome} />}
      {history.loading && !data && (
        <div className="m-center">
          <SpinLoading color="primary" />
        </div>
      )}
      {history.error && <ErrorBlock status="default" title={history.error.text(lang)} />}
      {data && (
        <List header={t('points.history')} style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}>
          {data.items.length === 0 && <List.Item>{t('common.empty')}</List.Item>}
          {data.items.map((i) => (
            <List.Item
              key={i.id}
              description={`${new Date(i.createdAt).toLocaleString(lang)}${i.expiresAt && i.amount > 0 ? ` · ${t('points.expires', { date: new Date(i.expiresAt).toLocaleDateString(lang) })}` : ''}`}
              extra={
                <span className={i.amount > 0 ? 'm-plus' : 'm-minus'}>{i.amount > 0 ? `+${i.amount}` : i.amount}</span>
              }
            >
              {t(`points.kind.${i.kind}`)} · {i.reasonCode ? t(`points.reason.${i.reasonCode}`) : i.reason}
            </List.Item>
          ))}
          {data.total > PAGE && (
            <List.Item>
              <Button size="small" disabled={page === 1} onClick={() => setPage(page - 1)}>
                ‹
              </Button>{' '}
              {page} / {Math.ceil(data.total / PAGE)}{' '}
              <Button size="small" disabled={page * PAGE >= data.total} onClick={() => setPage(page + 1)}>
                ›
              </Button>
            </List.Item>
          )}
        </List>
      )}
    </>
  );
}
