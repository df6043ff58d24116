import { Button, ErrorBlock, List, NoticeBar, SpinLoading, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { PageBar } from '../kit/PageBar';

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Re-runs the draw in the browser from the published seed: rank by SHA-256(seed:claimId). */
async function rerun(seed: string, claimIds: number[]): Promise<number[]> {
  const keyed = await Promise.all(
    claimIds.map(async (id) => ({
      id,
      k: hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${seed}:${id}`))),
    })),
  );
  return keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.id - b.id)).map((x) => x.id);
}

export default function Lottery() {
  const { id } = useParams();
  const { t, lang } = useI18n();
  const result = useAsync(
    () => call(api.GET('/api/offers/{id}/lottery', { params: { path: { id: Number(id) } } })),
    [id],
  );
  const [verified, setVerified] = useState<boolean | null>(null);
  const data = result.data;
  const verify = async () => {
    if (!data?.seed) return;
    const order = await rerun(
      data.seed,
      data.entries.map((e) => e.claimId),
    );
    // Same order, and the winners are exactly the first places of it.
    const winners = data.entries.filter((e) => e.won).length;
    setVerified(
      order.length === data.entries.length &&
        order.every((claimId, i) => data.entries[i]?.claimId === claimId && data.entries[i]?.won === i < winners),
    );
  };
  return (
    <>
      <PageBar back={`/benefits/${id}`}>{t('offer.lotteryResult')}</PageBar>
      {result.loading && !data && (
        <div className="m-center">
          <SpinLoading color="primary" />
        </div>
      )}
      {result.error && <ErrorBlock status="default" title={result.error.text(lang)} />}
      {data && !data.seed && <ErrorBlock status="empty" title={t('offer.notDrawn')} />}
      {data?.seed && (
        <>
          <List style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}>
            <List.Item description={<code style={{ wordBreak: 'break-all' }}>{data.seed}</code>}>
              {t('offer.lotterySeed')}
            </List.Item>
            <List.Item
              description={
                <>
                  {t('offer.lotteryAlgorithmText')}
                  <details className="m-details">
                    <summary>{t('offer.lotteryAlgorithmFormal')}</summary>
                    <code lang="en">{data.algorithm}</code>
                  </details>
                </>
              }
            >
              {t('offer.lotteryAlgorithm')}
            </List.Item>
          </List>
          <div style={{ margin: 12 }}>
            <Button block onClick={verify} data-testid="verify-lottery">
              {t('offer.verify')}
            </Button>
          </div>
          {verified !== null && (
            <NoticeBar
              color={verified ? 'info' : 'alert'}
              content={t(verified ? 'offer.verified' : 'offer.verifyFailed')}
            />
          )}
          <List style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}>
            {data.entries.map((e) => (
              <List.Item
                key={e.claimId}
                prefix={`#${e.rank}`}
                extra={<Tag color={e.won ? 'success' : 'default'}>{t(e.won ? 'offer.won' : 'offer.notWon')}</Tag>}
              >
                {e.name} · {e.cardNo}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </>
  );
}
