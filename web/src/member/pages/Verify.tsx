import { Button, Result, TextArea } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n';
import { PageBar } from '../kit/PageBar';

// Station staff verify e-cards here, offline once the platform's public key is saved on the device.
const KEY_STORE = 'zg_card_public_key';

interface StoredKey {
  keyId: string;
  publicKey: string;
  /** Keys being rotated out: cards signed before the rotation still verify offline. */
  previous?: Array<{ keyId: string; publicKey: string }>;
}
interface Outcome {
  valid: boolean;
  reason: 'format' | 'signature' | 'expired' | null;
  cardNo?: string;
  name?: string;
  unionName?: string;
  offline: boolean;
}

const b64url = (s: string) =>
  Uint8Array.from(
    atob(
      s
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(s.length / 4) * 4, '='),
    ),
    (c) => c.charCodeAt(0),
  );

async function loadKey(): Promise<StoredKey | null> {
  const saved = localStorage.getItem(KEY_STORE);
  try {
    const res = await fetch('/api/card/public-key');
    if (res.ok) {
      const key = (await res.json()) as StoredKey;
      localStorage.setItem(
        KEY_STORE,
        JSON.stringify({ keyId: key.keyId, publicKey: key.publicKey, previous: key.previous ?? [] }),
      );
      return key;
    }
  } catch {
    // Offline: fall back to the saved key.
  }
  return saved ? (JSON.parse(saved) as StoredKey) : null;
}

export async function verifyOffline(token: string, key: StoredKey, now = Date.now()): Promise<Outcome> {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== 'ZGC1') return { valid: false, reason: 'format', offline: true };
  const [prefix, body, signature] = parts as [string, string, string];
  let payload: { c: string; n: string; u: string; e: number; k?: string };
  try {
    payload = JSON.parse(new TextDecoder().decode(b64url(body)));
  } catch {
    return { valid: false, reason: 'format', offline: true };
  }
  // The card names the key that signed it: the current one, or one being rotated out.
  const signedBy = [key, ...(key.previous ?? [])].find((k) => k.keyId === payload.k) ?? key;
  const cryptoKey = await crypto.subtle.importKey('raw', b64url(signedBy.publicKey), { name: 'Ed25519' }, false, [
    'verify',
  ]);
  const ok = await crypto.subtle.verify(
    { name: 'Ed25519' },
    cryptoKey,
    b64url(signature),
    new TextEncoder().encode(`${prefix}.${body}`),
  );
  const shown = { cardNo: payload.c, name: payload.n, unionName: payload.u, offline: true };
  if (!ok) return { valid: false, reason: 'signature', offline: true };
  if (payload.e * 1000 <= now) return { valid: false, reason: 'expired', ...shown };
  return { valid: true, reason: null, ...shown };
}

export default function Verify() {
  const { t } = useI18n();
  const [key, setKey] = useState<StoredKey | null>(null);
  const [token, setToken] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [scanning, setScanning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const canScan = typeof window !== 'undefined' && 'BarcodeDetector' in window;

  useEffect(() => {
    loadKey().then(setKey);
  }, []);

  const check = async (value = token) => {
    if (!key) return;
    setOutcome(await verifyOffline(value, key));
  };

  const scan = async () => {
    const Detector = (
      window as unknown as {
        BarcodeDetector: new (o: object) => { detect: (v: HTMLVideoElement) => Promise<Array<{ rawValue: string }>> };
      }
    ).BarcodeDetector;
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    setScanning(true);
    const el = video.current;
    if (!el) return;
    el.srcObject = stream;
    await el.play();
    const detector = new Detector({ formats: ['qr_code'] });
    const loop = async () => {
      const [code] = await detector.detect(el).catch(() => []);
      if (code) {
        for (const track of stream.getTracks()) track.stop();
        setScanning(false);
        setToken(code.rawValue);
        await check(code.rawValue);
      } else requestAnimationFrame(loop);
    };
    void loop();
  };

  return (
    <>
      <PageBar>{t('verify.title')}</PageBar>
      <div style={{ padding: 12 }}>
        <p style={{ color: '#666', fontSize: 14 }}>{key ? t('verify.hint') : t('verify.noKey')}</p>
        {canScan && (
          <Button block onClick={scan} disabled={!key || scanning} style={{ marginBottom: 8 }}>
            {t('verify.scan')}
          </Button>
        )}
        <video ref={video} style={{ width: '100%', display: scanning ? 'block' : 'none' }} muted playsInline />
        <TextArea
          placeholder={t('verify.paste')}
          value={token}
          onChange={setToken}
          rows={3}
          data-testid="verify-input"
        />
        <Button block color="primary" disabled={!key || !token} onClick={() => check()} style={{ marginTop: 8 }}>
          {t('verify.check')}
        </Button>
        {outcome && (
          <Result
            data-testid="verify-result"
            status={outcome.valid ? 'success' : 'error'}
            title={outcome.valid ? t('verify.valid') : t('verify.invalid')}
            description={[
              outcome.reason ? t(`verify.reason.${outcome.reason}` as const) : '',
              outcome.name ? `${outcome.name} · ${outcome.cardNo} · ${outcome.unionName}` : '',
              t('verify.offline'),
            ]
              .filter(Boolean)
              .join('\n')}
          />
        )}
      </div>
    </>
  );
}
