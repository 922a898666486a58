import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Route, Switch } from 'wouter';
import { HomePage } from './home/HomePage.tsx';
import { ReportPage } from './report/ReportPage.tsx';
import { RoomPage } from './room/RoomPage.tsx';
import './styles.css';

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
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/room/:id/report">{(params) => <ReportPage roomId={params.id} />}</Route>
      <Route path="/room/:id">{(params) => <RoomPage roomId={params.id} />}</Route>
      <Route component={NotFound} />
    </Switch>
  </StrictMode>,
);
