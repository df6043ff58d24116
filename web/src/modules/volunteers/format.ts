// How the volunteers module shows moments and specialties, in both faces.
import type { MessageKey } from '../../i18n';

export { chinaMoment } from '../../shared/chinaTime';

export const specialtyKey = (s: string) => `volunteer.specialty.${s}` as MessageKey;
export const statusKey = (s: string) => `serviceOrder.status.${s}` as MessageKey;
export const statusColor = (s: string) =>
  s === 'cancelled' ? 'default' : s === 'confirmed' ? 'success' : s === 'done' ? 'warning' : 'primary';
