import type { LocalizedMessage } from '../errors.js';

/**
 * Messages of the checks SEK writes itself, keyed by the `error` string the schemas carry
 * (`z.string().regex(re, 'postcode')`). Each takes the field's label ("de postcode" / "the
 * postcode") and says in plain words what is wrong and how to fix it. B1 Dutch, English second.
 */
type Label = LocalizedMessage;
type Message = (label: Label) => LocalizedMessage;

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const VALIDATION_MESSAGES = {
  whole_number: (l) => ({ nl: `${cap(l.nl)} moet een heel getal zijn, zonder komma`, en: `${cap(l.en)} must be a whole number` }),
  number: (l) => ({ nl: `${cap(l.nl)} moet een getal zijn`, en: `${cap(l.en)} must be a number` }),
  postcode: (l) => ({ nl: `${cap(l.nl)} is geen goede postcode. Schrijf bijvoorbeeld 4201 of 4201 AB`, en: `${cap(l.en)} must be a Dutch postcode such as 4201 or 4201 AB` }),
  postcode_letters: (l) => ({ nl: `${cap(l.nl)} bestaat niet: SA, SD en SS worden niet gebruikt`, en: `${cap(l.en)} does not exist: SA, SD and SS are not used in Dutch postcodes` }),
  gemeente_code: (l) => ({ nl: `${cap(l.nl)} is geen gemeentecode. Schrijf bijvoorbeeld GM0512`, en: `${cap(l.en)} must be a CBS gemeente code such as GM0512` }),
  date: (l) => ({ nl: `${cap(l.nl)} is geen goede datum. Schrijf jaar-maand-dag, bijvoorbeeld 2026-09-01`, en: `${cap(l.en)} must be a date as YYYY-MM-DD, for example 2026-09-01` }),
  time: (l) => ({ nl: `${cap(l.nl)} is geen goede tijd. Schrijf uur:minuten, bijvoorbeeld 13:30`, en: `${cap(l.en)} must be a time as HH:MM, for example 13:30` }),
  id: (l) => ({ nl: `${cap(l.nl)} mag alleen letters, cijfers, - en _ hebben (1 tot 100 tekens)`, en: `${cap(l.en)} may only have letters, digits, - and _ (1 to 100 characters)` }),
  phone: (l) => ({ nl: `${cap(l.nl)} is geen Nederlands telefoonnummer. Schrijf bijvoorbeeld 0183 123 456`, en: `${cap(l.en)} must be a Dutch phone number such as 0183 123 456` }),
  email: (l) => ({ nl: `${cap(l.nl)} is geen e-mailadres. Schrijf bijvoorbeeld info@voorbeeld.nl`, en: `${cap(l.en)} must be an e-mail address such as info@example.nl` }),
  web_address: (l) => ({ nl: `${cap(l.nl)} is geen webadres. Begin met https://`, en: `${cap(l.en)} must be a web address starting with https://` }),
  language_code: (l) => ({ nl: `${cap(l.nl)}: gebruik een taalcode zoals nl, en of ar`, en: `${cap(l.en)}: use a language code such as nl, en or ar` }),
  latitude_nl: (l) => ({ nl: `${cap(l.nl)} ligt niet in Nederland (tussen 50,6 en 53,7)`, en: `${cap(l.en)} is not in the Netherlands (between 50.6 and 53.7)` }),
  longitude_nl: (l) => ({ nl: `${cap(l.nl)} ligt niet in Nederland (tussen 3,2 en 7,3)`, en: `${cap(l.en)} is not in the Netherlands (between 3.2 and 7.3)` }),
  free_with_amount: () => ({ nl: 'Een gratis aanbod heeft geen prijs. Maak de prijs leeg of zet gratis op nee', en: 'A free offer has no price. Empty the price or set free to no' }),
  end_before_start: () => ({ nl: 'De einddatum ligt vóór de begindatum', en: 'The end date is before the start date' }),
  closes_before_opens: () => ({ nl: 'De eindtijd ligt vóór de begintijd (of is gelijk). Een avond na middernacht kan niet', en: 'The closing time is not after the opening time' }),
  biweekly_needs_date: () => ({ nl: 'Om de week: geef een datum waarop het aanbod er is, dan weten we welke weken', en: 'Every other week: give a date on which it takes place, so the weeks are known' }),
  monthly_needs_week: () => ({ nl: 'Eén keer per maand: zeg welke week, bijvoorbeeld de 1e of de laatste', en: 'Monthly: say which week, for example the 1st or the last' }),
  closed_too_long: () => ({ nl: 'De gesloten periodes zijn samen langer dan een jaar. Zet het aanbod dan op inactief', en: 'The closed periods add up to more than a year. Set the offer to inactive instead' }),
  location_or_online: () => ({ nl: 'Geef minstens één adres, of zet online op ja', en: 'Give at least one address, or set online to yes' }),
  online_needs_area: () => ({ nl: 'Een aanbod dat alleen online is, heeft een werkgebied nodig: nationaal of gemeentecodes', en: 'An online-only offer needs a service area: national or gemeente codes' }),
  location_ids_unique: () => ({ nl: 'Twee plekken van dit aanbod hebben hetzelfde id. Geef elke plek een eigen id', en: 'Two locations of this offer have the same id. Give each location its own id' }),
  closed_needs_alert: () => ({ nl: 'Het aanbod is tijdelijk gesloten. Schrijf er een korte melding bij: waarom en tot wanneer', en: 'The offer is temporarily closed. Add a short alert: why and until when' }),
  lat_lng_together: () => ({ nl: 'Geef lat en lng allebei, of geen van beide', en: 'Give both lat and lng, or neither' }),
  near_or_lat_lng: () => ({ nl: 'Zoek met een plaats (near) of met lat en lng, niet met allebei', en: 'Use near or lat and lng, not both' }),
  replace_needs_source: () => ({ nl: 'Vervangen kan alleen met een bron (source), zodat het aanbod van een andere bron blijft staan', en: 'replace needs a source, so the offers of another source are never removed' }),
  coordinator_needs_gemeenten: () => ({ nl: 'Kies minstens één gemeente voor een coördinator', en: 'Choose at least one gemeente for a coordinator' }),
  aanbieder_needs_organization: () => ({ nl: 'Kies de organisatie van deze aanbieder', en: 'Choose the organisation of this provider' }),
  login_link: () => ({ nl: 'Deze inloglink is niet compleet. Kopieer de hele link uit de e-mail', en: 'This login link is not complete. Copy the whole link from the e-mail' }),
  submission_link: () => ({ nl: 'Deze link is niet compleet. Kopieer de hele link uit de e-mail', en: 'This link is not complete. Copy the whole link from the e-mail' }),
  outside_region: () => ({ nl: 'Deze plek ligt buiten het gebied van deze kaart. Meld uw aanbod aan bij de kaart van uw eigen gemeente', en: 'This place is outside the area of this kaart. Submit your offer to the kaart of your own municipality' }),
  reminder_before_grace: () => ({ nl: 'De herinnering moet eerder komen dan het verbergen: kies minder dagen voor de herinnering dan voor de wachttijd', en: 'The reminder must come before hiding: choose fewer days for the reminder than for the grace period' }),
  end_date_needed: () => ({ nl: 'Kies de laatste dag van het aanbod', en: 'Choose the last day of the offer' }),
  end_date_past: () => ({ nl: 'De laatste dag kan niet in het verleden liggen. Kies vandaag of later', en: 'The last day cannot be in the past. Choose today or later' }),
  period: () => ({ nl: 'Kies een jaar (2026) of een kwartaal (2026-K3)', en: 'Choose a year (2026) or a quarter (2026-K3)' }),
  uuid: (l) => ({ nl: `${cap(l.nl)} is geen goede id. Een HSDS-id ziet er zo uit: 3f5c8a1e-6d2b-5f47-9a0c-5e6b1d2c7a90`, en: `${cap(l.en)} is not a valid id; an HSDS id looks like 3f5c8a1e-6d2b-5f47-9a0c-5e6b1d2c7a90` }),
  boolean: (l) => ({ nl: `${cap(l.nl)} moet true of false zijn`, en: `${cap(l.en)} must be true or false` }),
  step_id: (l) => ({ nl: `${cap(l.nl)} mag alleen kleine letters, cijfers en - hebben (2 tot 40 tekens)`, en: `${cap(l.en)} may only have lower-case letters, digits and - (2 to 40 characters)` }),
  step_id_unique: () => ({ nl: 'Twee antwoorden hebben dezelfde code. Geef elk antwoord een eigen code', en: 'Two answers have the same code; give each answer its own' }),
  step_theme_unique: () => ({ nl: 'Een onderwerp staat twee keer in de lijst', en: 'A theme is listed twice' }),
  step_answers: () => ({ nl: 'Geef 2 tot 6 antwoorden: minder is geen keuze, meer is te veel om te lezen', en: 'Give 2 to 6 answers: fewer is no choice, more is too much to read' }),
  proximity_needs_postcode: () => ({ nl: 'Geef ook een postcode: de afstand (proximity) telt vanaf het midden van de postcode', en: 'Give a postcode too: proximity counts from the middle of the postcode' }),
  west_before_east: () => ({ nl: 'Het gebied klopt niet: west moet kleiner zijn dan oost en zuid kleiner dan noord', en: 'The area is not right: west < east and south < north' }),
} satisfies Record<string, Message>;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

export function isValidationMessageKey(key: string): key is ValidationMessageKey {
  return Object.hasOwn(VALIDATION_MESSAGES, key);
}
