import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { Route, Switch } from 'wouter';
import { loadEditor } from './editor/LazyEditor.tsx';
import { PageErrorBoundary } from './PageErrorBoundary.tsx';
import './styles.css';

// The shell is React, the router and the base styles; each page is a chunk of its own.
const HomePage = lazy(() => import('./home/HomePage.tsx').then((m) => ({ default: m.HomePage })));
const ReportPage = lazy(() => import('./report/ReportPage.tsx').then((m) => ({ default: m.ReportPage })));
const AssessmentReportPage = lazy(() =>
  import('./assessment/AssessmentReportPage.tsx').then((m) => ({ default: m.AssessmentReportPage })),
);
const ReplayPage = lazy(() => import('./replay/ReplayPage.tsx').then((m) => ({ default: m.ReplayPage })));
const RoomPage = lazy(() => {
  // A room always opens the editor, the largest download: fetch both at once.
  void loadEditor();
  return import('./room/RoomPage.tsx').then((m) => ({ default: m.RoomPage }));
});

function PageLoading() {
  return (
    <p className="page loading" role="status">
      Loading…
    </p>
  );
}

function NotFound() {
  return (
    <main className="page">
      <h1>Not found</h1>
      <p>
        <a href="/">Back to DryRun</a>
      </p>
    </main>
  );
}

// The shell keeps working while the server is down (production builds only; the dev
// server's modules change on every edit).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => {});
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <PageErrorBoundary>
      <Suspense fallback={<PageLoading />}>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/room/:id/replay">{(params) => <ReplayPage roomId={params.id} />}</Route>
          <Route path="/assessment/:id/replay">{(params) => <ReplayPage roomId={params.id} kind="assessment" />}</Route>
          <Route path="/room/:id/report">{(params) => <ReportPage roomId={params.id} />}</Route>
          <Route path="/room/:id">{(params) => <RoomPage roomId={params.id} />}</Route>
          <Route path="/assessment/:id/report">{(params) => <AssessmentReportPage roomId={params.id} />}</Route>
          <Route path="/assessment/:id">{(params) => <RoomPage roomId={params.id} kind="assessment" />}</Route>
          <Route component={NotFound} />
        </Switch>
      </Suspense>
    </PageErrorBoundary>
  </StrictMode>,
);
