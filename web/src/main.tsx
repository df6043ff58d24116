// One app, three faces: the member H5 at /, the admin console at /admin, the cockpit at /cockpit.
// Each face is its own chunk, so a worker's phone never downloads the console or the charts.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { I18nProvider } from './i18n';
import { SessionProvider } from './shared/session';

const MemberApp = lazy(() => import('./member/MemberApp'));
const AdminApp = lazy(() => import('./admin/AdminApp'));
const CockpitApp = lazy(() => import('./cockpit/CockpitApp'));

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Suspense fallback={<div style={{ padding: 24, color: '#999' }}>…</div>}>
            <Routes>
              <Route path="/admin/*" element={<AdminApp />} />
              <Route path="/cockpit/*" element={<CockpitApp />} />
              <Route path="/*" element={<MemberApp />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
