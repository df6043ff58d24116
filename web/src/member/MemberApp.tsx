import { SpinLoading } from 'antd-mobile';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from '../shared/session';
import { AppealDetail, AppealList, AppealNew } from './pages/Appeals';
import { AssistanceApply, AssistanceDetail, AssistanceList } from './pages/Assistance';
import Benefits from './pages/Benefits';
import Corrections from './pages/Corrections';
import Home from './pages/Home';
import Join from './pages/Join';
import Legal from './pages/Legal';
import Login from './pages/Login';
import Lottery from './pages/Lottery';
import Messages from './pages/Messages';
import MyClaims from './pages/MyClaims';
import OfferDetail from './pages/OfferDetail';
import Points from './pages/Points';
import Transfer from './pages/Transfer';
import Verify from './pages/Verify';
import Wallet from './pages/Wallet';
import './member.css';

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
      <Routes>
        <Route path="/verify" element={<Verify />} />
        <Route path="/login" element={signedIn ? <Navigate to={safeNext(location.search)} replace /> : <Login />} />
        <Route path="/join/:unionId?" element={signedIn ? <Join /> : toLogin} />
        <Route path="/messages" element={signedIn ? <Messages /> : toLogin} />
        <Route path="/transfer" element={signedIn ? <Transfer /> : toLogin} />
        <Route path="/corrections" element={signedIn ? <Corrections /> : toLogin} />
        <Route path="/benefits" element={signedIn ? <Benefits /> : toLogin} />
        <Route path="/benefits/:id" element={signedIn ? <OfferDetail /> : toLogin} />
        <Route path="/benefits/:id/lottery" element={signedIn ? <Lottery /> : toLogin} />
        <Route path="/claims" element={signedIn ? <MyClaims /> : toLogin} />
        <Route path="/wallet" element={signedIn ? <Wallet /> : toLogin} />
        <Route path="/points" element={signedIn ? <Points /> : toLogin} />
        <Route path="/assistance" element={signedIn ? <AssistanceList /> : toLogin} />
        <Route path="/assistance/new" element={signedIn ? <AssistanceApply /> : toLogin} />
        <Route path="/assistance/:id" element={signedIn ? <AssistanceDetail /> : toLogin} />
        <Route path="/appeals" element={signedIn ? <AppealList /> : toLogin} />
        <Route path="/appeals/new" element={signedIn ? <AppealNew /> : toLogin} />
        <Route path="/appeals/:id" element={signedIn ? <AppealDetail /> : toLogin} />
        <Route path="/legal" element={signedIn ? <Legal /> : toLogin} />
        <Route path="/*" element={signedIn ? <Home /> : toLogin} />
      </Routes>
    </div>
  );
}

/** Only same-app paths are followed after sign-in (no open redirect). */
function safeNext(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '/';
  return /^\/(?!\/)[\w/-]*$/.test(next) && !next.startsWith('/login') ? next : '/';
}
