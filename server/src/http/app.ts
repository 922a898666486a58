import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { NodeBindings } from './api.ts';
import { isBuilt, serveClient } from './clientFiles.ts';

/**
 * The whole HTTP surface: `/api` and the built client. Room links carry tokens in their
 * query string, so no page ever sends a Referer; the CSP allows nothing off this origin.
 */
export function createHttpApp(api: Hono<NodeBindings>, clientDir: string | undefined): Hono<NodeBindings> {
  const app = new Hono<NodeBindings>();
  app.use(
    secureHeaders({
      referrerPolicy: 'no-referrer',
      crossOriginEmbedderPolicy: false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Monaco sets inline styles on its DOM nodes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        imgSrc: ["'self'", 'data:'],
        workerSrc: ["'self'", 'blob:'],
        // Same origin only, WebSockets included (CSP 3 counts ws:/wss: to this host as 'self').
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.route('/api', api);

  if (isBuilt(clientDir)) {
    serveClient(app, clientDir);
  } else {
    app.get('*', (c) => c.text('DryRun client is not built. Run `pnpm build` (or `pnpm start`), then reload.', 503));
  }
  return app;
}
