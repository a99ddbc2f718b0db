import type { LocalizedMessage } from '../errors.js';

/**
 * How a person calls a field: "de titel" (the CSV column `title`), "het paginanummer". A coordinator
 * reading an import report must recognise the field from the template, not from a JSON path.
 * `one`: the singular noun for lists ("Kies minstens één onderwerp").
 */
export interface FieldLabel {
  label: LocalizedMessage;
  one?: LocalizedMessage;
  /** The column in the CSV template (docs/import-csv.md). */
  column?: string;
}

export type FieldLabels = Readonly<Record<string, FieldLabel>>;

const f = (nl: string, en: string, column?: string, one?: [string, string]): FieldLabel => ({
  label: { nl, en },
  ...(column ? { column } : {}),
  ...(one ? { one: { nl: one[0], en: one[1] } } : {}),
});

/** The fields of an offer, by path (`*` for a list position), named as the CSV template names them. */
export const OFFER_FIELD_LABELS: FieldLabels = {
  id: f('het id', 'the id', 'id'),
  source: f('de bron', 'the source', 'source'),
  title: f('de titel', 'the title', 'title'),
  summary: f('de korte uitleg', 'the summary', 'summary'),
  description: f('de beschrijving', 'the description', 'description'),
  provider: f('de aanbieder', 'the provider', 'provider_name'),
  'provider.id': f('het id van de aanbieder', 'the provider id', 'provider_id'),
  'provider.name': f('de naam van de aanbieder', 'the provider name', 'provider_name'),
  'provider.website': f('de website van de aanbieder', 'the provider website', 'provider_website'),
  themes: f('de onderwerpen', 'the themes', 'themes', ['onderwerp', 'theme']),
  kind: f('de soort hulp', 'the kind of help', 'kind'),
  targetGroups: f('de doelgroepen', 'the target groups', 'target_groups', ['doelgroep', 'target group']),
  cost: f('de kosten', 'the cost', 'free'),
  'cost.free': f('gratis', 'free', 'free'),
  'cost.amountEur': f('de prijs', 'the price', 'cost_eur'),
  'cost.description': f('de uitleg over de kosten', 'the cost description', 'cost_description'),
  schedule: f('de tijden', 'the schedule', 'schedule_text'),
  'schedule.dayParts': f('de dagdelen', 'the day parts', 'day_parts', ['dagdeel', 'day part']),
  'schedule.weekdays': f('de dagen', 'the weekdays', 'weekdays', ['dag', 'weekday']),
  'schedule.sessions': f('de vaste tijden', 'the fixed times', 'sessions', ['vaste tijd', 'fixed time']),
  'schedule.sessions.*': f('een vaste tijd', 'a fixed time', 'sessions'),
  'schedule.sessions.*.weekdays': f('de dagen van een vaste tijd', 'the weekdays of a fixed time', 'sessions', ['dag', 'weekday']),
  'schedule.sessions.*.opensAt': f('de begintijd', 'the opening time', 'sessions'),
  'schedule.sessions.*.closesAt': f('de eindtijd', 'the closing time', 'sessions'),
  'schedule.sessions.*.frequency': f('hoe vaak', 'how often', 'sessions'),
  'schedule.sessions.*.referenceDate': f('de datum waarop het er is', 'a date on which it takes place', 'sessions'),
  'schedule.sessions.*.weekOfMonth': f('de week van de maand', 'the week of the month', 'sessions'),
  'schedule.closed': f('de gesloten periodes', 'the closed periods', 'closed', ['periode', 'period']),
  'schedule.closed.*.from': f('de eerste dag dicht', 'the first closed day', 'closed'),
  'schedule.closed.*.to': f('de laatste dag dicht', 'the last closed day', 'closed'),
  'schedule.closed.*.reason': f('de reden van de sluiting', 'the reason for closing', 'closed'),
  'schedule.registrationRequired': f('aanmelden nodig', 'registration required', 'registration_required'),
  'schedule.joinAnytime': f('altijd instromen', 'join any time', 'join_anytime'),
  'schedule.startDate': f('de begindatum', 'the start date', 'start_date'),
  'schedule.endDate': f('de einddatum', 'the end date', 'end_date'),
  'schedule.text': f('de tijden in woorden', 'the schedule text', 'schedule_text'),
  languages: f('de talen', 'the languages', 'languages', ['taal', 'language']),
  accessibility: f('de toegankelijkheid', 'the accessibility', 'accessibility', ['kenmerk', 'feature']),
  bring: f('wat iemand meeneemt', 'what to bring', 'bring', ['ding om mee te nemen', 'thing to bring']),
  contact: f('het contact', 'the contact', 'phone'),
  'contact.phone': f('het telefoonnummer', 'the phone number', 'phone'),
  'contact.email': f('het e-mailadres', 'the e-mail address', 'email'),
  'contact.url': f('de website', 'the website', 'website'),
  locations: f('de plekken', 'the locations', 'street', ['plek', 'location']),
  'locations.*': f('de plek', 'the location', 'street'),
  'locations.*.id': f('het id van de plek', 'the location id', 'location_id'),
  'locations.*.name': f('de naam van de plek', 'the location name', 'location_name'),
  'locations.*.address': f('het adres', 'the address', 'street'),
  'locations.*.address.street': f('de straat en het huisnummer', 'the street and number', 'street'),
  'locations.*.address.postcode': f('de postcode', 'the postcode', 'postcode'),
  'locations.*.address.place': f('de plaats', 'the place', 'place'),
  'locations.*.address.gemeenteCode': f('de gemeentecode', 'the gemeente code', 'gemeente_code'),
  'locations.*.lat': f('de breedtegraad', 'the latitude', 'lat'),
  'locations.*.lng': f('de lengtegraad', 'the longitude', 'lng'),
  online: f('online', 'online', 'online'),
  serviceArea: f('het werkgebied', 'the service area', 'service_area'),
  'serviceArea.gemeenten': f('de gemeenten van het werkgebied', 'the gemeenten of the service area', 'service_area', ['gemeente', 'gemeente']),
  status: f('de status', 'the status', 'status'),
  alert: f('de melding', 'the alert', 'alert'),
  kaart: f('de kaart', 'the kaart', 'kaart'),
  lastVerified: f('de datum van de laatste controle', 'the date of the last check', 'last_verified'),
  validUntil: f('de datum tot wanneer het geldig is', 'the valid-until date', 'valid_until'),
};

/** Query parameters of the public API. */
export const QUERY_FIELD_LABELS: FieldLabels = {
  q: f('het zoekwoord', 'the search text'),
  near: f('de plaats of postcode', 'the place or postcode'),
  lat: f('lat', 'lat'),
  lng: f('lng', 'lng'),
  radiusKm: f('de afstand', 'the distance'),
  themes: f('de onderwerpen', 'the themes', undefined, ['onderwerp', 'theme']),
  free: f('gratis', 'free'),
  dayParts: f('de dagdelen', 'the day parts', undefined, ['dagdeel', 'day part']),
  weekdays: f('de dagen', 'the weekdays', undefined, ['dag', 'weekday']),
  targetGroups: f('de doelgroepen', 'the target groups', undefined, ['doelgroep', 'target group']),
  kinds: f('de soorten hulp', 'the kinds of help', undefined, ['soort', 'kind']),
  when: f('wanneer', 'when'),
  order: f('de volgorde', 'the order'),
  online: f('online', 'online'),
  region: f('de gemeentecodes', 'the gemeente codes', undefined, ['gemeentecode', 'gemeente code']),
  strictRegion: f('strictRegion', 'strictRegion'),
  kaart: f('de kaart', 'the kaart'),
  page: f('het paginanummer', 'the page number'),
  limit: f('het aantal per pagina', 'the number per page'),
  id: f('het id', 'the id'),
  code: f('de gemeentecode', 'the gemeente code'),
  bbox: f('het gebied (bbox)', 'the area (bbox)'),
  format: f('het formaat', 'the format'),
  source: f('de bron', 'the source'),
  replace: f('vervangen', 'replace'),
  dryRun: f('proefimport', 'dry run'),
  intervalMonths: f('het aantal maanden tussen twee controles', 'the months between two checks'),
  reminderDays: f('het aantal dagen tot de herinnering', 'the days until the reminder'),
  graceDays: f('het aantal dagen tot het verbergen', 'the days until hiding'),
  endDate: f('de laatste dag', 'the last day'),
  answer: f('het antwoord', 'the answer'),
  organizationId: f('de aanbieder', 'the provider'),
  offerId: f('het aanbod', 'the offer'),
  scope: f('de gemeente', 'the gemeente'),
  token: f('de link', 'the link'),
  gemeente: f('de gemeente', 'the gemeente'),
  periode: f('de periode', 'the period'),
  theme: f('het onderwerp', 'the theme'),
  evening: f('\'s avonds', 'evening'),
  table: f('de tabel', 'the table'),
  action: f('wat er gebeurde', 'the action'),
  offers: f('het aanbod', 'the offers', undefined, ['aanbod', 'offer']),
  answers: f('de antwoorden', 'the answers', undefined, ['antwoord', 'answer']),
  'answers.*': f('het antwoord', 'the answer'),
  'answers.*.id': f('de code van het antwoord', 'the code of the answer'),
  'answers.*.label.nl': f('de knop (Nederlands)', 'the button (Dutch)'),
  'answers.*.label.en': f('de knop (Engels)', 'the button (English)'),
  'answers.*.summary.nl': f('de zin boven de resultaten (Nederlands)', 'the sentence above the results (Dutch)'),
  'answers.*.summary.en': f('de zin boven de resultaten (Engels)', 'the sentence above the results (English)'),
  'answers.*.implies.q': f('de zoekwoorden', 'the search words'),
  'answers.*.implies.kinds': f('de soorten hulp', 'the kinds of help', undefined, ['soort', 'kind']),
  'answers.*.implies.targetGroups': f('de doelgroepen', 'the target groups', undefined, ['doelgroep', 'target group']),
};

/**
 * The label of a field path; list positions become `*`, a position in a plain list falls back to the list.
 * @example labelFor(OFFER_FIELD_LABELS, ['locations', 0, 'address', 'postcode']).column === 'postcode'
 */
export function labelFor(labels: FieldLabels, path: readonly PropertyKey[]): FieldLabel {
  const key = path.map((part) => (typeof part === 'number' ? '*' : String(part))).join('.');
  const withoutPosition = key.replace(/\.\*$/, '');
  return labels[key] ?? labels[withoutPosition] ?? f(`het veld ${withoutPosition || '(geheel)'}`, `the field ${withoutPosition || '(root)'}`);
}
