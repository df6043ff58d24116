// One app, three faces: the member H5 at /, the admin console at /admin, the cockpit at /cockpit.
// Each face is its own chunk, so a worker's phone never downloads the console or the charts.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { I18nProvider } from './i18n';
import { warmMemberHome } from './member/warm';
import { initialSession, SessionProvider } from './shared/session';

const faces = {
  admin: () => import('./admin/AdminApp'),
  cockpit: () => import('./cockpit/CockpitApp'),
  member: () => import('./member/MemberApp'),
};
// The face this address opens starts downloading now, beside the messages, instead of after them: on a slow
// link each step of that chain is a round trip (bench/first-load.ts).
const face = location.pathname.startsWith('/admin')
  ? 'admin'
  : location.pathname.startsWith('/cockpit')
    ? 'cockpit'
    : 'member';
void faces[face]();
if (face === 'member') initialSession().then(warmMemberHome, () => undefined);
// The console page this address opens downloads beside the shell, not after it renders. The route table is a
// small chunk of its own, so it arrives long before the shell and its dependencies.
if (face === 'admin') void import('./admin/routes').then((r) => r.preloadPage(location.pathname));
const MemberApp = lazy(faces.member);
const AdminApp = lazy(faces.admin);
const CockpitApp = lazy(faces.cockpit);

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    {/* The session is asked for at once, not after the messages: it starts the chain that ends on the e-card. */}
    <SessionProvider>
      <I18nProvider>
        <BrowserRouter>
          <Suspense fallback={<div style={{ padding: 24, color: '#999' }}>…</div>}>
            <Routes>
              <Route path="/admin/*" element={<AdminApp />} />
              <Route path="/cockpit/*" element={<CockpitApp />} />
              <Route path="/*" element={<MemberApp />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </I18nProvider>
    </SessionProvider>
  </StrictMode>,
);
