import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

/**
 * Loads data for a page and exposes loading / error / reload, so every page handles all three.
 * Only the latest load's answer is kept: when the dependencies change (another day, another page of a list) while
 * an earlier load is still out, that earlier answer may arrive last and must not replace the newer one.
 */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList) {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const latest = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists the dependencies
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await run();
      if (ticket === latest.current) setState({ data, loading: false });
    } catch (e) {
      if (ticket === latest.current)
        setState({ error: e instanceof ApiError ? e : new ApiError(0, fallback(e)), loading: false });
    }
  }, [run]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload };
}

function fallback(e: unknown) {
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'CLIENT', message, messages: { 'zh-CN': message, en: message }, requestId: '' };
}
