/** The screens of /beheer/, each with its own path, so Back, bookmarks and reloads work. */
export type Screen =
  | { name: 'aanbod' }
  | { name: 'aanbod-bewerken'; id: string }
  | { name: 'importeren' }
  | { name: 'exporteren' }
  | { name: 'mensen' }
  | { name: 'berichten' }
  | { name: 'inloggen' };

export function screenOf(path: string): Screen {
  const rest = path.replace(/^\/beheer\/?/, '');
  const offer = /^aanbod\/([A-Za-z0-9_-]+)$/.exec(rest);
  if (offer) return { name: 'aanbod-bewerken', id: offer[1]! };
  if (rest === 'importeren' || rest === 'exporteren' || rest === 'mensen' || rest === 'berichten' || rest === 'inloggen') return { name: rest };
  return { name: 'aanbod' };
}

export function pathOf(screen: Screen): string {
  if (screen.name === 'aanbod') return '/beheer/';
  if (screen.name === 'aanbod-bewerken') return `/beheer/aanbod/${encodeURIComponent(screen.id)}`;
  return `/beheer/${screen.name}`;
}

/** Goes to a screen inside the app (a new history entry), telling the app. */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}

/** A click on an in-app link navigates without a page load; other clicks (new tab) work as links do. */
export function onLinkClick(event: MouseEvent): void {
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/beheer/')) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
}
