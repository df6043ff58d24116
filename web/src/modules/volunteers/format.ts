// How the volunteers module shows moments and specialties, in both faces.
import type { MessageKey } from '../../i18n';

/** A moment in China time, in the reader's language: 12月8日 14:00. */
export const chinaMoment = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang, {
    timeZone: 'Asia/Shanghai',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

export const specialtyKey = (s: string) => `volunteer.specialty.${s}` as MessageKey;
export const statusKey = (s: string) => `serviceOrder.status.${s}` as MessageKey;
export const statusColor = (s: string) =>
  s === 'cancelled' ? 'default' : s === 'confirmed' ? 'success' : s === 'done' ? 'warning' : 'primary';
