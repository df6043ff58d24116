import { Alert, Button, Card, Input, List, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { errorText } from '../components/errors';

interface Detector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
declare global {
  interface Window {
    BarcodeDetector?: new (opts: { formats: string[] }) => Detector;
  }
}

/** Check-in mode for a phone at the door: scan the member's e-card or registration QR, or paste it. */
export default function CheckIn() {
  const { id } = useParams();
  const offerId = Number(id);
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [token, setToken] = useState('');
  const [log, setLog] = useState<Array<{ ok: boolean; text: string; at: string }>>([]);
  const [scanning, setScanning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const busy = useRef(false);
  // The scanning loop calls the latest submit through this ref, so it need not restart on every render.
  const submitRef = useRef<(value: string) => Promise<void>>(async () => undefined);

  const submit = async (value: string) => {
    if (!value.trim() || busy.current) return;
    busy.current = true;
    try {
      const res = await call(
        api.POST('/api/offers/{id}/check-in', { params: { path: { id: offerId } }, body: { token: value.trim() } }),
      );
      setLog((l) => [
        {
          ok: true,
          text: `${t('admin.checkin.ok', { name: res.member.name })} ${res.member.cardNo ?? ''}${res.pointsAwarded ? ` +${res.pointsAwarded}` : ''}`,
          at: new Date().toLocaleTimeString(lang),
        },
        ...l,
      ]);
      setToken('');
    } catch (e) {
      setLog((l) => [{ ok: false, text: errorText(e, lang), at: new Date().toLocaleTimeString(lang) }, ...l]);
    } finally {
      busy.current = false;
    }
  };

  submitRef.current = submit;
  useEffect(() => {
    if (!scanning || !window.BarcodeDetector) return;
    const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    let stream: MediaStream | null = null;
    let stopped = false;
    let last = '';
    void (async () => {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      if (!video.current) return;
      video.current.srcObject = stream;
      await video.current.play();
      while (!stopped) {
        const codes = await detector.detect(video.current).catch(() => []);
        const raw = codes[0]?.rawValue;
        if (raw && raw !== last) {
          last = raw;
          await submitRef.current(raw);
        }
        await new Promise((r) => setTimeout(r, 300));
      }
    })().catch(() => setScanning(false));
    return () => {
      stopped = true;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [scanning]);

  return (
    <Card
      title={t('admin.offer.checkIn')}
      extra={<Button onClick={() => navigate(`/admin/offers/${offerId}`)}>{t('common.back')}</Button>}
      className="a-checkin"
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {window.BarcodeDetector ? (
          <Button block size="large" type={scanning ? 'default' : 'primary'} onClick={() => setScanning(!scanning)}>
            {t('admin.checkin.scan')}
          </Button>
        ) : (
          <Alert type="info" message={t('admin.checkin.noCamera')} />
        )}
        {scanning && <video ref={video} muted playsInline style={{ width: '100%', borderRadius: 8 }} />}
        <Input.TextArea
          rows={3}
          placeholder={t('admin.checkin.paste')}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          data-testid="checkin-token"
        />
        <Button block size="large" type="primary" onClick={() => submit(token)} data-testid="checkin-submit">
          {t('admin.checkin.submit')}
        </Button>
        <List
          dataSource={log}
          renderItem={(item) => (
            <List.Item>
              <Typography.Text type={item.ok ? 'success' : 'danger'}>
                {item.at} {item.text}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}
