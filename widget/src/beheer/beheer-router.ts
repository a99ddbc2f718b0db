/** The screens of /beheer/, each with its own path, so Back, bookmarks and reloads work. */
export type Screen =
  | { name: 'aanbod' }
  | { name: 'aanbod-bewerken'; id: string }
  | { name: 'importeren' }
  | { name: 'exporteren' }
  | { name: 'mensen' }
  | { name: 'berichten' }
  | { name: 'inloggen' }
  | { name: 'aanmeldingen' }
  | { name: 'aanmelding'; id: string }
  | { name: 'aanmelden'; offerId?: string }
  | { name: 'actueel' }
  | { name: 'inzicht' }
  | { name: 'stappen' };

export function screenOf(path: string): Screen {
  const rest = path.replace(/^\/beheer\/?/, '');
  const offer = /^aanbod\/([A-Za-z0-9_-]+)$/.exec(rest);
  if (offer) return { name: 'aanbod-bewerken', id: offer[1]! };
  const submission = /^aanmeldingen\/([0-9a-f-]{36})$/.exec(rest);
  if (submission) return { name: 'aanmelding', id: submission[1]! };
  if (rest === 'aanmeldingen') return { name: 'aanmeldingen' };
  if (rest.startsWith('aanmelden')) {
    const offerId = new URLSearchParams(location.search).get('aanbod');
    return offerId ? { name: 'aanmelden', offerId } : { name: 'aanmelden' };
  }
  if (rest === 'importeren' || rest === 'exporteren' || rest === 'mensen' || rest === 'berichten' || rest === 'inloggen' || rest === 'actueel' || rest === 'inzicht' || rest === 'stappen') return { name: rest };
  return { name: 'aanbod' };
}

export function pathOf(screen: Screen): string {
  if (screen.name === 'aanbod') return '/beheer/';
  if (screen.name === 'aanbod-bewerken') return `/beheer/aanbod/${encodeURIComponent(screen.id)}`;
  if (screen.name === 'aanmelding') return `/beheer/aanmeldingen/${screen.id}`;
  if (screen.name === 'aanmelden') return `/beheer/aanmelden${screen.offerId ? `?aanbod=${encodeURIComponent(screen.offerId)}` : ''}`;
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
