import type { Offer } from '@sek/contract';
import type { Mail } from '../accounts/mailer.js';

/** How long the links in submission mails work. */
export const CONFIRM_LINK_HOURS = 48;
export const CHANGE_LINK_DAYS = 60;

const base = (publicUrl: string) => publicUrl.replace(/\/$/, '');

/**
 * The pages the links open; the secret travels in the fragment (never sent to a server or in a
 * Referer), and the page acts only when the person presses its button (a POST).
 */
export const confirmLink = (publicUrl: string, token: string) => `${base(publicUrl)}/aanmelden/#bevestigen=${token}`;
export const changeLink = (publicUrl: string, token: string) => `${base(publicUrl)}/aanmelden/#wijzigen=${token}`;
export const reviewLink = (publicUrl: string, id: string) => `${base(publicUrl)}/beheer/aanmeldingen/${id}`;
/**
 * The offer in the kaart, the way `<sek-zoeker url-state>` shares it: a search that finds it (near
 * its first place, by its title) with the offer opened.
 */
export const offerLink = (kaartUrl: string, offer: Pick<Offer, 'id' | 'title' | 'locations'>) => {
  const url = new URL(kaartUrl);
  const postcode = offer.locations[0]?.address.postcode.slice(0, 4);
  if (postcode) url.searchParams.set('sek-waar', postcode);
  url.searchParams.set('sek-q', offer.title);
  url.searchParams.set('sek-aanbod', offer.id);
  return url.toString();
};

const english = (...lines: string[]) => ['', '---', '', ...lines];

/** Sent right after an anonymous submission: nothing reaches a coordinator before this is confirmed. */
export function confirmMail(to: string, name: string, title: string, link: string): Mail {
  return {
    to,
    subject: 'Bevestig uw aanmelding voor de sociale kaart',
    text: [
      `Beste ${name},`,
      '',
      `U heeft dit aanbod aangemeld voor de sociale kaart: "${title}".`,
      'Klik op deze link en daarna op de knop "Aanmelding bevestigen":',
      '',
      link,
      '',
      'Daarna bekijkt een coördinator uw aanbod. U krijgt een e-mail als het in de kaart staat.',
      `De link werkt ${CONFIRM_LINK_HOURS} uur. Heeft u niets aangemeld? Dan hoeft u niets te doen.`,
      ...english('Open the link above and press "Aanmelding bevestigen" (confirm) to send your offer to a coordinator.', `The link works for ${CONFIRM_LINK_HOURS} hours. Did you not send anything? Then you need not do anything.`),
    ].join('\n'),
  };
}

/** To each coordinator whose gemeenten the offer is in or serves. */
export function reviewMail(to: string, name: string, title: string, organization: string, kind: 'new' | 'change' | 'claim', link: string): Mail {
  const what = kind === 'new' ? 'een nieuw aanbod aangemeld' : kind === 'claim' ? 'gevraagd om dit aanbod zelf te beheren' : 'een wijziging gestuurd';
  return {
    to,
    subject: `Om te beoordelen: ${title}`,
    text: [
      `Beste ${name},`,
      '',
      `${organization} heeft ${what}: "${title}".`,
      'Bekijk het en publiceer het, of stuur het terug met een bericht:',
      '',
      link,
      ...english(`${organization} sent an offer or a change for review. Open the link above to publish it or send it back.`),
    ].join('\n'),
  };
}

/** To the sender: their offer is in the kaart. */
export function publishedMail(to: string, name: string, title: string, links: { offer: string; change?: string; beheer?: string }): Mail {
  return {
    to,
    subject: `Uw aanbod staat in de sociale kaart: ${title}`,
    text: [
      `Beste ${name},`,
      '',
      `Goed nieuws: "${title}" staat nu in de sociale kaart. Zo zien bewoners het:`,
      '',
      links.offer,
      '',
      ...(links.change ? ['Wilt u later iets aanpassen? Gebruik dan deze link. Een coördinator kijkt uw wijziging na:', '', links.change, ''] : []),
      ...(links.beheer ? ['U kunt uw aanbod ook aanpassen in het beheer:', '', links.beheer, ''] : []),
      'Dank u wel!',
      ...english(`Your offer "${title}" is now in the social map (first link).`, ...(links.change ? ['To change it later, use the second link; a coordinator checks the change.'] : [])),
    ].join('\n'),
  };
}

/** To the sender: the coordinator asks for a change, with their message. */
export function sentBackMail(to: string, name: string, title: string, message: string, link: string): Mail {
  return {
    to,
    subject: `Uw aanmelding moet nog iets veranderen: ${title}`,
    text: [
      `Beste ${name},`,
      '',
      `De coördinator heeft "${title}" bekeken en vraagt u iets aan te passen:`,
      '',
      ...message.split('\n').map((line) => `  ${line}`),
      '',
      'Pas uw aanbod aan met deze link. Alles wat u al had ingevuld, staat er nog:',
      '',
      link,
      '',
      `De link werkt ${CHANGE_LINK_DAYS} dagen.`,
      ...english('The coordinator asks you to change something (see the message above). Open the link to change your offer; everything you filled in is still there.'),
    ].join('\n'),
  };
}
