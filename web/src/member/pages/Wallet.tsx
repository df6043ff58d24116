import { Card, Dialog, ErrorBlock, SpinLoading, Tabs, Tag } from 'antd-mobile';
import QRCode from 'qrcode';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { PageBar } from '../kit/PageBar';

type Status = 'valid' | 'used' | 'expired';

/** Vouchers: valid ones show their code and QR for the merchant's till. */
export default function Wallet() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<Status>('valid');
  const [qr, setQr] = useState<{ code: string; image: string } | null>(null);
  const list = useAsync(() => call(api.GET('/api/me/vouchers', { params: { query: { status } } })), [status]);
  const show = async (code: string) => setQr({ code, image: await QRCode.toDataURL(code, { margin: 1, width: 240 }) });
  return (
    <>
      <PageBar back={'/'}>{t('wallet.title')}</PageBar>
      <Tabs activeKey={status} onChange={(k) => setStatus(k as Status)}>
        <Tabs.Tab title={t('wallet.valid')} key="valid" />
        <Tabs.Tab title={t('wallet.used')} key="used" />
        <Tabs.Tab title={t('wallet.expired')} key="expired" />
      </Tabs>
      {list.loading && !list.data && (
        <div className="m-center">
          <SpinLoading color="primary" />
        </div>
      )}
      {list.error && <ErrorBlock status="default" title={list.error.text(lang)} />}
      {list.data?.items.length === 0 && <ErrorBlock status="empty" title={t('wallet.empty')} />}
      {list.data?.items.map((v) => (
        <Card
          key={v.id}
          style={{ margin: 12 }}
          title={v.offer.title}
          extra={<Tag color={v.status === 'valid' ? 'success' : 'default'}>{t(`wallet.${v.status}`)}</Tag>}
          onClick={() => v.status === 'valid' && void show(v.code)}
          data-testid={`voucher-${v.code}`}
        >
          <div className="m-voucher-code">{v.code}</div>
          <div className="m-muted">
            {v.merchant ? `${v.merchant} · ` : ''}
            {v.validUntil ? `${t('offer.validUntil')} ${new Date(v.validUntil).toLocaleDateString(lang)}` : ''}
            {v.redeemedAt ? ` · ${new Date(v.redeemedAt).toLocaleString(lang)}` : ''}
          </div>
        </Card>
      ))}
      {qr && (
        <Dialog
          visible
          closeOnMaskClick
          onClose={() => setQr(null)}
          content={
            <div style={{ textAlign: 'center' }}>
              <img src={qr.image} alt={qr.code} style={{ width: '100%' }} />
              <div className="m-voucher-code">{qr.code}</div>
            </div>
          }
          actions={[{ key: 'ok', text: t('common.confirm'), onClick: () => setQr(null) }]}
        />
      )}
    </>
  );
}
