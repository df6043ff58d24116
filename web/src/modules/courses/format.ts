// Study times as a member reads them: "3 分 20 秒", or "45 秒" under a minute.
import type { useI18n } from '../../i18n';

export function studyTime(t: ReturnType<typeof useI18n>['t'], seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return whole < 60
    ? t('courses.seconds', { s: whole })
    : t('courses.minutes', { m: Math.floor(whole / 60), s: whole % 60 });
}
