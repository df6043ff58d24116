import { App } from 'antd';
import { useI18n } from '../../i18n';
import { errorText } from './errors';

/** Runs an action: a "saved" toast and `after` on success, the server's message on failure. */
export function useAct(after: () => Promise<unknown> | unknown) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  return async (fn: () => Promise<unknown>): Promise<boolean> => {
    try {
      await fn();
      message.success(t('common.saved'));
      await after();
      return true;
    } catch (e) {
      message.error(errorText(e, lang));
      return false;
    }
  };
}
