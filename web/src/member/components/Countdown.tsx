import { useEffect, useState } from 'react';

/** Milliseconds to add to the local clock to get the server's (measured when a response arrives). */
export const clockOffset = (serverTime: string) => Date.parse(serverTime) - Date.now();

/** "2天 02:59:04" / "2 days 02:59:04": the days in words of the reader's language, the rest as a clock. */
export function formatSpan(ms: number, days: (n: number) => string): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const d = Math.floor(s / 86400);
  const hms = [Math.floor((s % 86400) / 3600), Math.floor((s % 3600) / 60), s % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  return d > 0 ? `${days(d)} ${hms}` : hms;
}

/** Ticks to `target` on the server's clock, not the phone's; calls `onZero` once when it is reached. */
export function useCountdown(target: string | null, offset: number, onZero?: () => void) {
  const [left, setLeft] = useState(() => (target ? Date.parse(target) - (Date.now() + offset) : 0));
  useEffect(() => {
    if (!target) return;
    let fired = false;
    const tick = () => {
      const ms = Date.parse(target) - (Date.now() + offset);
      setLeft(ms);
      if (ms <= 0 && !fired) {
        fired = true;
        onZero?.();
      }
    };
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [target, offset, onZero]);
  return left;
}
