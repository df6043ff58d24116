import { SpinLoading } from 'antd-mobile';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../shared/session';
import Home from './pages/Home';
import Login from './pages/Login';
import './member.css';

export default function MemberApp() {
  const { session } = useSession();
  if (!session) {
    return (
      <div className="m-center">
        <SpinLoading color="primary" />
      </div>
    );
  }
  const signedIn = session.kind === 'member';
  return (
    <div className="m-app">
      <Routes>
        <Route path="/login" element={signedIn ? <Navigate to="/" replace /> : <Login />} />
        <Route path="/*" element={signedIn ? <Home /> : <Navigate to="/login" replace />} />
      </Routes>
    </div>
  );
}
