import { SpinLoading } from 'antd-mobile';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from '../shared/session';
import Home from './pages/Home';
import { memberRoutes } from './routes';
import './member.css';

// Only a visitor who is not signed in needs the sign-in page.
const Login = lazy(() => import('./pages/Login'));

export default function MemberApp() {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    return (
      <div className="m-center">
        <SpinLoading color="primary" />
      </div>
    );
  }
  const signedIn = session.kind === 'member';
  // After sign-in the worker lands where they were going (e.g. a union's join QR link).
  const toLogin = <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  return (
    <div className="m-app">
      <Suspense
        fallback={
          <div className="m-center">
            <SpinLoading color="primary" />
          </div>
        }
      >
        <Routes>
          <Route path="/login" element={signedIn ? <Navigate to={safeNext(location.search)} replace /> : <Login />} />
          {memberRoutes.map(({ path, signedIn: needsSignIn, page: Page }) => (
            <Route key={path} path={path} element={needsSignIn && !signedIn ? toLogin : <Page />} />
          ))}
          <Route path="/*" element={signedIn ? <Home /> : toLogin} />
        </Routes>
      </Suspense>
    </div>
  );
}

/** Only same-app paths are followed after sign-in (no open redirect). */
function safeNext(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '/';
  return /^\/(?!\/)[\w/-]*$/.test(next) && !next.startsWith('/login') ? next : '/';
}
