// The signed-in session as the server describes it (kind, stage, roles, permissions, CSRF token).
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { api, call, setCsrfToken } from '../api/client';
import type { components } from '../api/schema';

export type SessionInfo = NonNullable<Awaited<ReturnType<typeof fetchSession>>>;
type Permission = SessionInfo['permissions'][number];

async function fetchSession() {
  // High priority: on HTTP/1.1 a first load queues dozens of chunks on six connections; this answer gates them.
  const s = await call(api.GET('/api/auth/session', { priority: 'high' }));
  setCsrfToken(s.csrfToken);
  return s;
}

// Asked for as this module runs, before the face's chunks are requested: on HTTP/1.1 the browser opens six
// connections per host and serves requests in the order they were made, and every first screen waits for this
// answer (bench/first-load.ts).
const firstSession = fetchSession();
firstSession.catch(() => undefined);

/** The session this page load started with; a face uses it to start its own first requests early. */
export const initialSession = (): Promise<SessionInfo> => firstSession;

interface SessionState {
  session: SessionInfo | null;
  refresh: () => Promise<SessionInfo>;
  can: (permission: Permission) => boolean;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionInfo | null>(null);
  const refresh = useCallback(async () => {
    const s = await fetchSession();
    setSession(s);
    return s;
  }, []);
  useEffect(() => {
    firstSession.then(setSession, () => setSession(null));
  }, []);
  const logout = useCallback(async () => {
    await call(api.POST('/api/auth/logout'));
    await refresh();
  }, [refresh]);
  const can = useCallback((p: Permission) => !!session?.permissions.includes(p), [session]);
  return <SessionContext.Provider value={{ session, refresh, can, logout }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

export type Schemas = components['schemas'];
