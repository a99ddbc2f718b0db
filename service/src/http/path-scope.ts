/**
 * What a request path is for. The one place that decides which rules apply (rate limits, CORS,
 * the demo's CSP, static files): every other middleware asks this function, so no spelling of a
 * path (`/V1/SEARCH`, `//v1/search`, `/v1/%73earch`) can slip past one rule and reach a route.
 */
export type PathScope = 'admin' | 'api' | 'hsds' | 'widget' | 'demo' | 'beheer' | 'ops';

/** Lower case, `%xx` decoded, repeated slashes collapsed: how a lenient router might read the path. */
export function canonicalPath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as it is; the router will not match it either.
  }
  return decoded.toLowerCase().replace(/\/{2,}/g, '/');
}

/**
 * @example pathScope('/V1/ADMIN/import') === 'admin'
 */
export function pathScope(path: string): PathScope {
  const canonical = canonicalPath(path);
  if (canonical === '/v1/admin' || canonical.startsWith('/v1/admin/')) return 'admin';
  if (canonical.startsWith('/widget/')) return 'widget';
  // The read-only HSDS 3.0 API: open data, readable from every site.
  if (canonical === '/hsds' || canonical.startsWith('/hsds/')) return 'hsds';
  // The pages that mail links open (the provider form, "Klopt dit nog?") are part of the management side's pages.
  if (['/beheer', '/aanmelden', '/controleren'].some((page) => canonical === page || canonical.startsWith(`${page}/`))) return 'beheer';
  if (canonical === '/' || canonical.startsWith('/demo/') || canonical === '/demo') return 'demo';
  if (canonical === '/healthz' || canonical === '/readyz' || canonical === '/metrics') return 'ops';
  // Everything else is treated as the public API, including paths no route knows.
  return 'api';
}

/** Public answers a browser on another site may read: the API (not admin) and the widget bundle. */
export function isCorsScope(scope: PathScope): boolean {
  return scope === 'api' || scope === 'widget';
}
