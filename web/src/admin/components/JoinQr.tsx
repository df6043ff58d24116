import { Button, Card, Space, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';

export const joinUrl = (unionId: number) => `${window.location.origin}/join/${unionId}`;

/** The union's join QR code: download as PNG, or open the printable poster (print to PDF). */
export function JoinQr({ unionId, unionName }: { unionId: number; unionName: string }) {
  const { t } = useI18n();
  const [png, setPng] = useState('');
  useEffect(() => {
    QRCode.toDataURL(joinUrl(unionId), { margin: 2, width: 480 }).then(setPng);
  }, [unionId]);
  return (
    <Card size="small" title={t('admin.unions.joinQr')}>
      <Space align="start" wrap>
        {png && <img src={png} alt={joinUrl(unionId)} width={140} height={140} data-testid="join-qr" />}
        <Space direction="vertical">
          <Typography.Text type="secondary">{t('admin.unions.joinQrHint')}</Typography.Text>
          <Typography.Text copyable code>
            {joinUrl(unionId)}
          </Typography.Text>
          <Space wrap>
            <Button href={png} download={`${unionName}-入会二维码.png`} disabled={!png}>
              {t('admin.unions.downloadQr')}
            </Button>
            <Button href={`/admin/poster/${unionId}`} target="_blank">
              {t('admin.unions.poster')}
            </Button>
          </Space>
        </Space>
      </Space>
    </Card>
  );
}
