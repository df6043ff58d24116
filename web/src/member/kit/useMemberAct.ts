import { Toast } from 'antd-mobile';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';

/**
 * Runs a member's action: while it runs `busy` is true (for the button's spinner); on success a toast saying what
 * happened and `after` (reload what changed); on failure the server's message in the reader's language. Resolves to
 * the action's answer, or undefined when it failed (so a form clears itself, or a page opens what was made, only then).
 */
export function useMemberAct(after: () => Promise<unknown> | unknown = () => undefined) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const run = async <T>(fn: () => Promise<T>, done: MessageKey): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await fn();
      Toast.show({ content: t(done) });
      await after();
      return result;
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
