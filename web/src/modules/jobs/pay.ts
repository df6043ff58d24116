import { type MessageKey, useI18n } from '../../i18n';

/** A job's pay as members read it: 150–260 元/天. */
export function usePay() {
  const { t } = useI18n();
  return (j: { payMin: number; payMax: number; payUnit: string }) =>
    t('jobs.pay', { min: j.payMin, max: j.payMax, unit: t(`jobs.unit.${j.payUnit}` as MessageKey) });
}
