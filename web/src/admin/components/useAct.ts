import { App } from 'antd';
import { type MessageKey, useI18n } from '../../i18n';
import { errorText } from './errors';

/**
 * Runs an action: on success a toast that says what happened (`done`: "已批准，已通知申请人"; "saved" for a
 * plain edit) and `after`; on failure the server's message.
 */
export function useAct(after: () => Promise<unknown> | unknown) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  // `done` is the success message: a key, or the text made from the answer (a count the server reports).
  return async <T>(
    fn: () => Promise<T>,
    done: MessageKey | ((result: T) => string) = 'common.saved',
  ): Promise<boolean> => {
    try {
      const result = await fn();
      message.success(typeof done === 'function' ? done(result) : t(done));
      await after();
      return true;
    } catch (e) {
      message.error(errorText(e, lang));
      return false;
    }
  };
}
