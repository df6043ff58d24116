import { type DependencyList, useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';

/** Loads data for a page and exposes loading / error / reload, so every page handles all three. */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList) {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists the dependencies
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    setState((s) => ({ ...s, loading: true }));
    try {
      setState({ data: await run(), loading: false });
    } catch (e) {
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
