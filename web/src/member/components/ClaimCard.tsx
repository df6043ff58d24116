import { Button, Card, Dialog, Rate, Space, Tag, TextArea, Toast } from 'antd-mobile';
import QRCode from 'qrcode';
import { useState } from 'react';
import { ApiError, api, call } from '../../api/client';
import { useI18n } from '../../i18n';

type Claim = Awaited<ReturnType<typeof loadClaims>>['items'][number];
export const loadClaims = () => call(api.GET('/api/me/claims'));

/** One registration with what the member can still do: cancel, take an offered place, show the code, rate. */
export function ClaimCard({
  claim,
  onChanged,
  showTitle = false,
  onOpen,
}: {
  claim: Claim;
  onChanged: () => void;
  showTitle?: boolean;
  onOpen?: () => void;
}) {
  const { t, lang } = useI18n();
  const [qr, setQr] = useState<string | null>(null);
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [rateOpen, setRateOpen] = useState(false);
  const act = async (run: () => Promise<unknown>, done?: string) => {
    try {
      await run();
      if (done) Toast.show({ icon: 'success', content: done });
      onChanged();
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };
  const path = { params: { path: { id: claim.id } } };
  const showCode = async () => {
    try {
      const code = await call(api.GET('/api/me/claims/{id}/code', path));
      setQr(await QRCode.toDataURL(code.token, { margin: 1, width: 240 }));
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };
  const color =
    claim.status === 'confirmed'
      ? 'success'
      : claim.status === 'offered'
        ? 'warning'
        : claim.status === 'cancelled' ||
            claim.status === 'rejected' ||
            claim.status === 'lost' ||
            claim.status === 'expired'
          ? 'default'
          : 'primary';
  return (
    <Card
      style={{ margin: 12 }}
      title={showTitle ? claim.offer.title : undefined}
      onHeaderClick={onOpen}
      data-testid={`claim-${claim.id}`}
    >
      <Space wrap>
        <Tag color={color}>{t(`claim.status.${claim.status}` as const)}</Tag>
        {claim.rank !== null && claim.status === 'waitlisted' && <span>#{claim.rank}</span>}
        {claim.checkedInAt && <Tag color="success">{t('claim.checkedIn')}</Tag>}
        {claim.quantity > 1 && <span>× {claim.quantity}</span>}
        {claim.pointsSpent > 0 && <span>{t('offer.cost', { n: claim.pointsSpent })}</span>}
      </Space>
      {claim.decisionReason && <p className="m-muted">{t('claim.reason', { reason: claim.decisionReason })}</p>}
      {claim.holdExpiresAt && claim.status === 'offered' && (
        <p className="m-muted">{t('claim.acceptBy', { time: new Date(claim.holdExpiresAt).toLocaleString(lang) })}</p>
      )}
      <Space wrap style={{ marginTop: 8 }}>
        {claim.actions.includes('accept') && (
          <Button
            size="small"
            color="primary"
            onClick={() => act(() => call(api.POST('/api/me/claims/{id}/accept', path)))}
          >
            {t('claim.accept')}
          </Button>
        )}
        {claim.actions.includes('checkInCode') && (
          <Button size="small" onClick={showCode}>
            {t('claim.code')}
          </Button>
        )}
        {claim.actions.includes('feedback') && (
          <Button size="small" onClick={() => setRateOpen(true)}>
            {t('claim.feedback')}
          </Button>
        )}
        {claim.actions.includes('cancel') && (
          <Button
            size="small"
            onClick={async () => {
              if (await Dialog.confirm({ content: t('claim.cancelConfirm') })) {
                await act(() => call(api.POST('/api/me/claims/{id}/cancel', path)));
              }
            }}
          >
            {t('claim.cancel')}
          </Button>
        )}
      </Space>
      {qr && (
        <Dialog
          visible
          closeOnMaskClick
          onClose={() => setQr(null)}
          content={<img src={qr} alt={t('claim.code')} style={{ width: '100%' }} />}
          actions={[{ key: 'ok', text: t('common.confirm'), onClick: () => setQr(null) }]}
        />
      )}
      {rateOpen && (
        <Dialog
          visible
          title={t('claim.feedback')}
          content={
            <>
              <Rate value={rating} onChange={setRating} />
              <TextArea
                placeholder={t('claim.feedbackPlaceholder')}
                value={comment}
                onChange={setComment}
                maxLength={500}
                rows={3}
              />
            </>
          }
          actions={[
            [
              { key: 'cancel', text: t('common.cancel'), onClick: () => setRateOpen(false) },
              {
                key: 'ok',
                text: t('common.confirm'),
                disabled: rating === 0,
                onClick: async () => {
                  setRateOpen(false);
                  await act(
                    () =>
                      call(
                        api.POST('/api/me/claims/{id}/feedback', {
                          ...path,
                          body: { rating, comment: comment || undefined },
                        }),
                      ),
                    t('claim.thanks'),
                  );
                },
              },
            ],
          ]}
        />
      )}
    </Card>
  );
}
