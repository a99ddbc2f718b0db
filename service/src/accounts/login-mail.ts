import type { Mail } from './mailer.js';
import { LOGIN_LINK_MINUTES } from './account-store.js';

/** The page a login link opens: its button logs in with a POST (mail scanners only open links). */
export function loginLink(publicUrl: string, token: string): string {
  // The token travels in the fragment: browsers never send it to a server or in a Referer.
  return `${publicUrl.replace(/\/$/, '')}/beheer/inloggen#${token}`;
}

/** The mail with a login link, in B1 Dutch with English below it. */
export function loginMail(to: string, name: string, link: string, invitedBy?: string): Mail {
  const intro = invitedBy
    ? `${invitedBy} heeft u toegang gegeven tot het beheer van de sociaal-educatieve kaart.`
    : 'U vroeg om in te loggen bij het beheer van de sociaal-educatieve kaart.';
  return {
    to,
    subject: invitedBy ? 'U bent uitgenodigd voor het beheer van de sociale kaart' : 'Uw link om in te loggen',
    text: [
      `Beste ${name},`,
      '',
      intro,
      'Klik op deze link en daarna op de knop "Inloggen":',
      '',
      link,
      '',
      `De link werkt ${LOGIN_LINK_MINUTES} minuten en maar één keer.`,
      'Was u dit niet? Dan hoeft u niets te doen.',
      '',
      '---',
      '',
      invitedBy ? 'You have been given access to manage the social map. Open the link above and press "Inloggen" (log in).' : 'You asked to log in. Open the link above and press "Inloggen" (log in).',
      `The link works for ${LOGIN_LINK_MINUTES} minutes, once. Did you not ask for it? Then you need not do anything.`,
    ].join('\n'),
  };
}
