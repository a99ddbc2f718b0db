import type { Offer, Session } from '@sek/contract';
import { WEEKDAY_LABELS } from '@sek/contract';
import { escapeHtml, type Mail } from '../accounts/mailer.js';

/** How long a "Klopt dit nog?" link works: past the grace period, so a late "Ja" still republishes. */
export const CHECK_LINK_DAYS = 90;

const base = (publicUrl: string) => publicUrl.replace(/\/$/, '');

/** The three answers, each a link to the page that asks once more and then POSTs (mail scanners only GET). */
export const CHECK_CHOICES = [
  { fragment: 'ja', label: 'Ja, alles klopt', color: '#1b6e3a' },
  { fragment: 'aanpassen', label: 'Ik wil iets aanpassen', color: '#0b4f8a' },
  { fragment: 'stopt', label: 'Dit aanbod stopt', color: '#8a1b1b' },
] as const;

/** The secret travels in the fragment: never sent to a server, never in a log or a Referer. */
export const checkLink = (publicUrl: string, token: string, choice: (typeof CHECK_CHOICES)[number]['fragment']) => `${base(publicUrl)}/controleren/#${choice}=${token}`;

/** One offer in a mail: what it is and the secret of its links. */
export interface CheckItem {
  offer: Offer;
  token: string;
  /** Its link in the kaart (published offers only). */
  kaartLink?: string;
  hidden: boolean;
}

const frequency = (session: Session) => (session.frequency === 'biweekly' ? 'om de week op ' : session.frequency === 'monthly' ? `elke ${session.weekOfMonth === -1 ? 'laatste' : `${session.weekOfMonth ?? 1}e`} ` : 'elke ');

/** The offer as residents read it, in a few plain lines. */
export function offerLines(offer: Offer): string[] {
  const lines = [offer.title, offer.summary];
  for (const location of offer.locations) lines.push(`Waar: ${location.name ? `${location.name}, ` : ''}${location.address.street} ${location.address.postcode} ${location.address.place}`.replace(/\s+/g, ' ').trim());
  if (offer.online) lines.push('Ook online of via de telefoon.');
  for (const session of offer.schedule.sessions) {
    const days = session.weekdays.map((day) => WEEKDAY_LABELS[day].nl.toLowerCase()).join(' en ');
    lines.push(`Wanneer: ${frequency(session)}${days}, ${session.opensAt.replace(':', '.')}–${session.closesAt.replace(':', '.')} uur`);
  }
  if (offer.schedule.text) lines.push(`Wanneer: ${offer.schedule.text}`);
  lines.push(`Kosten: ${offer.cost.free ? 'gratis' : offer.cost.amountEur ? `€ ${offer.cost.amountEur.toFixed(2).replace('.', ',')}` : offer.cost.description ?? 'niet gratis'}`);
  const contact = [offer.contact.phone && `telefoon ${offer.contact.phone}`, offer.contact.email && `e-mail ${offer.contact.email}`, offer.contact.url].filter(Boolean);
  if (contact.length) lines.push(`Contact: ${contact.join(', ')}`);
  return lines;
}

const english = (...lines: string[]) => ['', '---', '', ...lines];

/**
 * "Klopt dit nog?": one mail per address per run, listing every offer of theirs that is due
 * (and the ones they were asked about before: `reminder`), each with its three answers.
 */
export function checkMail(to: string, organization: string, items: CheckItem[], options: { publicUrl: string; reminder: boolean; hideOn: string }): Mail {
  const { publicUrl, reminder } = options;
  const hideOn = dutchDate(options.hideOn);
  const one = items.length === 1;
  const subject = `${reminder ? 'Herinnering: k' : 'K'}lopt dit nog? ${one ? items[0]!.offer.title : `${items.length} aanbiedingen van ${organization}`}`;
  const intro = [
    'Beste aanbieder,',
    '',
    reminder ? 'Een tijdje geleden vroegen we of uw aanbod nog klopt. We hebben nog geen antwoord.' : `${organization} staat met ${one ? 'dit aanbod' : 'deze aanbiedingen'} in de sociale kaart. Bewoners en hulpverleners zoeken daar hulp in de buurt.`,
    `Klopt alles nog? Kies bij ${one ? 'het aanbod' : 'elk aanbod'} één van de drie knoppen. Dat duurt maar even. U hoeft niet in te loggen.`,
    '',
    `Antwoordt u niet vóór ${hideOn}? Dan ziet niemand ${one ? 'het aanbod' : 'de aanbiedingen'} meer in de kaart. We gooien niets weg: met "Ja, alles klopt" staat het er weer in.`,
  ];
  const blocks = items.map((item) => [
    '',
    '==========',
    ...offerLines(item.offer),
    ...(item.hidden ? ['Dit aanbod staat nu niet in de kaart, omdat we geen antwoord kregen.'] : item.kaartLink ? [`Zo zien bewoners het: ${item.kaartLink}`] : []),
    '',
    ...CHECK_CHOICES.flatMap((choice) => [`${choice.label}:`, checkLink(publicUrl, item.token, choice.fragment), '']),
  ]);
  const text = [
    ...intro,
    ...blocks.flat(),
    'Elke link werkt één keer, en 90 dagen lang. Na het klikken ziet u eerst het aanbod; pas als u op de knop drukt, veranderen we iets.',
    'Vragen? Beantwoord deze e-mail niet, maar neem contact op met de coördinator van uw gemeente.',
    ...english(
      `Is this still right? ${one ? 'This offer is' : 'These offers are'} in the sociale kaart, where residents and professionals look for help nearby.`,
      'For each offer, choose one of the three links: "Ja, alles klopt" (yes, all correct), "Ik wil iets aanpassen" (I want to change something), "Dit aanbod stopt" (this offer stops).',
      `Without an answer before ${options.hideOn}, residents no longer see it; nothing is deleted.`,
    ),
  ].join('\n');
  return { to, subject, text, html: checkMailHtml(intro, items, publicUrl) };
}

/** The same mail with big buttons. Every value is escaped; nothing here is trusted HTML. */
function checkMailHtml(intro: string[], items: CheckItem[], publicUrl: string): string {
  const paragraph = (line: string) => (line ? `<p style="margin:0 0 12px">${escapeHtml(line)}</p>` : '');
  const button = (item: CheckItem, choice: (typeof CHECK_CHOICES)[number]) =>
    `<a href="${escapeHtml(checkLink(publicUrl, item.token, choice.fragment))}" style="display:block;margin:0 0 10px;padding:14px 18px;border-radius:8px;background:${choice.color};color:#ffffff;font-size:18px;font-weight:bold;text-decoration:none;text-align:center">${escapeHtml(choice.label)}</a>`;
  const card = (item: CheckItem) => {
    const [title, ...rest] = offerLines(item.offer);
    return `<div style="margin:20px 0;padding:16px;border:2px solid #c8ccd0;border-radius:8px">
<h2 style="margin:0 0 8px;font-size:20px">${escapeHtml(title!)}</h2>
${rest.map(paragraph).join('\n')}
${item.hidden ? paragraph('Dit aanbod staat nu niet in de kaart, omdat we geen antwoord kregen.') : item.kaartLink ? `<p style="margin:0 0 12px"><a href="${escapeHtml(item.kaartLink)}">Zo zien bewoners het</a></p>` : ''}
${CHECK_CHOICES.map((choice) => button(item, choice)).join('\n')}
</div>`;
  };
  return `<!doctype html><html lang="nl"><body style="font-family:Arial,sans-serif;font-size:17px;line-height:1.5;color:#1a1a1a;max-width:640px;margin:0 auto;padding:16px">
${intro.map(paragraph).join('\n')}
${items.map(card).join('\n')}
${paragraph('Elke knop werkt één keer. Na het klikken ziet u eerst het aanbod; pas als u op de knop drukt, veranderen we iets.')}
</body></html>`;
}

/** To the coordinators (the beheerders when there are none): offers hidden without an answer. */
export function hiddenMail(to: string, name: string, offers: Offer[], overviewLink: string): Mail {
  const one = offers.length === 1;
  return {
    to,
    subject: one ? `Verborgen, geen antwoord: ${offers[0]!.title}` : `${offers.length} aanbiedingen verborgen, geen antwoord`,
    text: [
      `Beste ${name},`,
      '',
      `De aanbieder heeft niet geantwoord op "Klopt dit nog?". Daarom ziet niemand ${one ? 'dit aanbod' : 'deze aanbiedingen'} nu meer in de kaart:`,
      '',
      ...offers.map((offer) => `- ${offer.title} (${offer.provider.name})`),
      '',
      'Er is niets weggegooid. U vindt ze onder "Verlopen":',
      overviewLink,
      'Bel de aanbieder, of stuur de vraag opnieuw. Met "Ja, alles klopt" staat het aanbod er meteen weer in.',
      ...english('These offers were hidden from residents because their provider did not answer "Klopt dit nog?". Nothing was deleted; see "Verlopen" at the link above.'),
    ].join('\n'),
  };
}

/** After "Ik wil iets aanpassen": the form's link, so the change is not lost when the page closes. */
export function changeFormMail(to: string, title: string, link: string): Mail {
  return {
    to,
    subject: `Uw aanbod aanpassen: ${title}`,
    text: [
      'Beste aanbieder,',
      '',
      `U wilt iets aanpassen aan "${title}". Met deze link opent u het formulier, al ingevuld:`,
      '',
      link,
      '',
      'Pas aan wat niet meer klopt en verstuur het. Een coördinator bekijkt de wijziging. Tot die tijd blijft het aanbod in de kaart staan zoals het was.',
      ...english('Open the link above to change your offer; a coordinator reviews the change.'),
    ].join('\n'),
  };
}

/** "12 mei 2026" */
export function dutchDate(date: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}
