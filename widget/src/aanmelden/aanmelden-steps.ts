import { html, nothing, type TemplateResult } from 'lit';
import type { OfferInput } from '@sek/contract';
import type { WholeHit } from '../api/search-client.js';
import { THEMES } from '@sek/contract/themes';
import {
  OFFER_KIND_EXPLANATIONS, OFFER_KIND_LABELS, OFFER_KINDS, TARGET_GROUP_EXPLANATIONS, TARGET_GROUP_LABELS, TARGET_GROUPS, WEEKDAY_LABELS, WEEKDAYS,
} from '@sek/contract/vocabulary';
import { DUTCH, type Lang } from '../i18n/strings.js';
import { pictogram } from '../icons/pictograms.js';
import { renderDetail } from '../views/offer-detail.js';
import { renderHit } from '../views/result-list.js';
import { valueAt } from '../beheer/offer-draft.js';
import type { FormDraft } from './form-draft.js';
import { plainLanguageHints } from '@sek/contract/plain-language';

/** What every step view needs from the element: the draft, the language, the problems and the setters. */
export interface StepContext {
  draft: FormDraft;
  lang: Lang;
  t: (nl: string, en: string) => string;
  /** The problem of a field path (`title`, `submitter.email`, `locations.0.address.postcode`), in the chosen language. */
  error: (path: string) => string | undefined;
  /** Sets a path of the draft: `submitter.*` or an offer field. */
  set: (path: string, value: unknown) => void;
  toggle: (path: string, item: string, on: boolean) => void;
  postcodeNote: string;
  checkPostcode: () => void;
  /** The kaart's gemeenten (the `region` attribute). */
  region: string[];
  today: string;
}

const get = (c: StepContext, path: string): unknown => (path.startsWith('submitter.') ? valueAt(c.draft, path) : valueAt(c.draft.offer, path));
const idOf = (path: string) => `f-${path.replace(/\./g, '-')}`;
const noop = () => {};

/** How many characters of the summary the result list shows before it cuts. */
export const LIST_SUMMARY_CHARACTERS = 160;

interface TextOptions { multiline?: boolean; type?: string; max?: number; autocomplete?: string; required?: boolean; hints?: boolean }

/** A labelled text field with its help, character count, plain-language hints and problem. */
export function textField(c: StepContext, path: string, label: string, help: string, options: TextOptions = {}): TemplateResult {
  const value = String(get(c, path) ?? '');
  const error = c.error(path);
  const id = idOf(path);
  const input = (e: Event) => c.set(path, (e.target as HTMLInputElement).value);
  const hints = options.hints && value ? plainLanguageHints(value) : [];
  const described = `${id}-help${options.max ? ` ${id}-count` : ''}${hints.length ? ` ${id}-hints` : ''} ${id}-error`;
  return html`<div class="field">
    <label for=${id}>${label}${options.required ? nothing : html` <span class="hint">(${c.t('mag leeg', 'optional')})</span>`}</label>
    <span class="hint" id="${id}-help">${help}</span>
    ${options.multiline
      ? html`<textarea id=${id} .value=${value} maxlength=${options.max ?? nothing} aria-describedby=${described} aria-invalid=${error ? 'true' : 'false'} @input=${input}></textarea>`
      : html`<input id=${id} type=${options.type ?? 'text'} .value=${value} maxlength=${options.max ?? nothing} autocomplete=${options.autocomplete ?? 'off'} aria-describedby=${described} aria-invalid=${error ? 'true' : 'false'} @input=${input} />`}
    ${options.max ? html`<span class="count" id="${id}-count">${c.t(`${value.length} van ${options.max} tekens`, `${value.length} of ${options.max} characters`)}</span>` : nothing}
    ${hints.length ? html`<div class="hints" id="${id}-hints"><strong>${c.t('Tip voor duidelijke taal', 'Plain language tip')}</strong>
      <ul>${hints.map((hint) => html`<li>${hint[c.lang]}</li>`)}</ul></div>` : nothing}
    <span class="error" id="${id}-error">${error ?? ''}</span>
  </div>`;
}

function choice(type: 'checkbox' | 'radio', name: string, checked: boolean, label: string, explanation: string, change: (on: boolean) => void) {
  return html`<label class="choice"><input type=${type} name=${name} .checked=${checked} @change=${(e: Event) => change((e.target as HTMLInputElement).checked)} />
    <span>${label}<span class="hint">${explanation}</span></span></label>`;
}

function group(c: StepContext, path: string, legend: string, help: string, content: TemplateResult) {
  const error = c.error(path);
  return html`<fieldset id=${idOf(path)} aria-describedby="${idOf(path)}-help ${idOf(path)}-error" aria-invalid=${error ? 'true' : 'false'} tabindex="-1">
    <legend>${legend}</legend><p class="hint" id="${idOf(path)}-help">${help}</p>${content}
    <span class="error" id="${idOf(path)}-error">${error ?? ''}</span></fieldset>`;
}

export function whoStep(c: StepContext, honeypot: (value: string) => void) {
  return html`
    ${textField(c, 'submitter.organization', c.t('Naam van uw organisatie', 'Name of your organisation'), c.t('Bijvoorbeeld: Bibliotheek Gorinchem, of Buurthuis De Wiel.', 'For example: Bibliotheek Gorinchem.'), { required: true, autocomplete: 'organization', max: 120 })}
    ${textField(c, 'submitter.name', c.t('Uw naam', 'Your name'), c.t('Zodat de coördinator weet met wie hij contact heeft. Bewoners zien uw naam niet.', 'So the coordinator knows who to contact. Residents do not see your name.'), { required: true, autocomplete: 'name', max: 120 })}
    ${textField(c, 'submitter.email', c.t('Uw e-mailadres', 'Your e-mail address'), c.t('U krijgt een e-mail om uw aanmelding te bevestigen. Bewoners zien dit adres niet.', 'You get an e-mail to confirm. Residents do not see this address.'), { required: true, type: 'email', autocomplete: 'email' })}
    <div class="honeypot" aria-hidden="true"><label>Website (niet invullen)<input tabindex="-1" autocomplete="off" name="homepage" @input=${(e: Event) => honeypot((e.target as HTMLInputElement).value)} /></label></div>`;
}

export function whatStep(c: StepContext) {
  const summary = String(c.draft.offer.summary ?? '');
  const cut = summary.length > LIST_SUMMARY_CHARACTERS ? `${summary.slice(0, LIST_SUMMARY_CHARACTERS).replace(/\s+\S*$/, '')} …` : summary;
  return html`
    ${textField(c, 'title', c.t('Naam van uw aanbod', 'Name of your offer'), c.t('Kort, met de plaats erin. Zoals bewoners het zoeken. Bijvoorbeeld: Taalcafé Arkel.', 'Short, with the place in it. For example: Taalcafé Arkel.'), { required: true, max: 120, hints: true })}
    ${textField(c, 'summary', c.t('Wat is het, in één of twee zinnen?', 'What is it, in one or two sentences?'), c.t('Dit staat in de lijst met zoekresultaten.', 'This is shown in the list of results.'), { required: true, multiline: true, max: 300, hints: true })}
    ${summary ? html`<p class="hint"><strong>${c.t('Zo staat het in de lijst:', 'In the list it reads:')}</strong> ${cut}</p>` : nothing}
    ${textField(c, 'description', c.t('Meer uitleg', 'More explanation'), c.t('Wat gebeurt er? Wat leert of krijgt iemand? Schrijf "u" tegen de lezer.', 'What happens? What does someone learn or get?'), { multiline: true, max: 5000, hints: true })}
    <div class="example" aria-label=${c.t('Voorbeelden', 'Examples')} role="group">
      <div><strong>${c.t('Goed', 'Good')}:</strong> ${c.t('"Wilt u beter leren lezen? Kom elke dinsdag naar de bibliotheek. Een vrijwilliger helpt u. Het is gratis."', '"Want to read better? Come to the library every Tuesday. A volunteer helps you. It is free."')}</div>
      <div><strong>${c.t('Liever niet', 'Better not')}:</strong> ${c.t('"Laagdrempelig traject ter bevordering van de geletterdheid en zelfredzaamheid van de doelgroep."', '"Low-threshold trajectory promoting the literacy and self-reliance of the target group."')}</div>
    </div>`;
}

export function forWhomStep(c: StepContext) {
  const themes = (c.draft.offer.themes as string[] | undefined) ?? [];
  const groups = (c.draft.offer.targetGroups as string[] | undefined) ?? [];
  return html`
    ${group(c, 'themes', c.t('Waar gaat het over?', 'What is it about?'), c.t('Kies één of meer onderwerpen. Bewoners zoeken met deze plaatjes.', 'Choose one or more themes. Residents search with these pictures.'), html`<div class="tiles">
      ${THEMES.map((theme) => html`<label class="tile-choice">${pictogram(theme.pictogram, 32)}
        <span><input type="checkbox" .checked=${themes.includes(theme.slug)} @change=${(e: Event) => c.toggle('themes', theme.slug, (e.target as HTMLInputElement).checked)} /> ${theme.label[c.lang]}</span>
        <span class="hint">${theme.explanation[c.lang]}</span></label>`)}</div>`)}
    ${group(c, 'targetGroups', c.t('Voor wie is het?', 'Who is it for?'), c.t('Kies wie u vooral wilt bereiken. Geen speciale groep? Kies "Iedereen".', 'Choose who you mainly want to reach.'), html`<div class="choices">
      ${TARGET_GROUPS.map((value) => choice('checkbox', 'targetGroups', groups.includes(value), TARGET_GROUP_LABELS[value][c.lang], TARGET_GROUP_EXPLANATIONS[value][c.lang], (on) => c.toggle('targetGroups', value, on)))}</div>`)}
    ${group(c, 'kind', c.t('Wat voor aanbod is het?', 'What kind of offer is it?'), c.t('Kies wat het beste past.', 'Choose what fits best.'), html`<div class="choices">
      ${OFFER_KINDS.map((value) => choice('radio', 'kind', c.draft.offer.kind === value, OFFER_KIND_LABELS[value][c.lang], OFFER_KIND_EXPLANATIONS[value][c.lang], (on) => on && c.set('kind', value)))}</div>`)}`;
}

export function whereStep(c: StepContext, map: TemplateResult | typeof nothing) {
  const atAddress = ((c.draft.offer.locations as unknown[] | undefined) ?? []).length > 0;
  const area = c.draft.offer.serviceArea as { national?: boolean; gemeenten?: string[] } | undefined;
  const chooseAddress = (on: boolean) => {
    if (!on) return;
    c.set('locations', [{ id: 'plek-1', address: { street: '', postcode: '', place: '' } }]);
    c.set('online', false);
  };
  const chooseOnline = (on: boolean) => {
    if (!on) return;
    c.set('locations', []);
    c.set('online', true);
    if (!c.draft.offer.serviceArea) c.set('serviceArea', c.region.length ? { gemeenten: c.region } : { national: true });
  };
  return html`
    ${group(c, 'locations', c.t('Waar is het?', 'Where is it?'), c.t('Op een adres, of online en via de telefoon?', 'At an address, or online and by phone?'), html`<div class="choices">
      ${choice('radio', 'where', atAddress, c.t('Op een adres', 'At an address'), c.t('Mensen komen naar een gebouw, zoals een bibliotheek of buurthuis.', 'People come to a building.'), chooseAddress)}
      ${choice('radio', 'where', !atAddress, c.t('Online of via de telefoon', 'Online or by phone'), c.t('Mensen hoeven nergens heen te gaan.', 'People need not go anywhere.'), chooseOnline)}</div>`)}
    ${atAddress ? html`
      ${textField(c, 'locations.0.name', c.t('Naam van het gebouw', 'Name of the building'), c.t('Bijvoorbeeld: Dorpshuis Arkel.', 'For example: Dorpshuis Arkel.'), { max: 120 })}
      ${textField(c, 'locations.0.address.street', c.t('Straat en huisnummer', 'Street and number'), c.t('Bijvoorbeeld: Dorpsstraat 1.', 'For example: Dorpsstraat 1.'), { required: true, autocomplete: 'address-line1', max: 120 })}
      <div class="row">
        <div @focusout=${() => c.checkPostcode()}>${textField(c, 'locations.0.address.postcode', c.t('Postcode', 'Postcode'), c.t('Bijvoorbeeld: 4241 AB.', 'For example: 4241 AB.'), { required: true, autocomplete: 'postal-code' })}</div>
        ${textField(c, 'locations.0.address.place', c.t('Plaats', 'Place'), c.t('Zoals bewoners hem kennen.', 'As residents know it.'), { required: true, autocomplete: 'address-level2', max: 80 })}
      </div>
      ${c.postcodeNote ? html`<p class="notice" role="status">${c.postcodeNote}</p>` : nothing}
      ${map}` : html`
      ${group(c, 'serviceArea', c.t('Voor wie in welk gebied?', 'For people in which area?'), c.t('Kan iedereen in Nederland meedoen, of alleen mensen uit bepaalde gemeenten?', 'Can anyone in the Netherlands join, or only people from some gemeenten?'), html`<div class="choices">
        ${c.region.length ? choice('radio', 'area', !area?.national, c.t('Alleen mensen uit de gemeenten van deze kaart', 'Only people from the gemeenten of this kaart'), c.region.join(', '), (on) => on && c.set('serviceArea', { gemeenten: c.region })) : nothing}
        ${choice('radio', 'area', Boolean(area?.national), c.t('Iedereen in Nederland', 'Anyone in the Netherlands'), c.t('Een landelijke hulplijn of website.', 'A national helpline or website.'), (on) => on && c.set('serviceArea', { national: true }))}</div>`)}`}`;
}

const FREQUENCIES = [['weekly', 'Elke week', 'Every week'], ['biweekly', 'Om de week', 'Every other week'], ['monthly', 'Eén keer per maand', 'Once a month']] as const;
const WEEKS = [[1, '1e week', '1st week'], [2, '2e week', '2nd week'], [3, '3e week', '3rd week'], [4, '4e week', '4th week'], [-1, 'Laatste week', 'Last week']] as const;

export function whenStep(c: StepContext) {
  const sessions = ((valueAt(c.draft.offer, 'schedule.sessions') as Record<string, unknown>[] | undefined) ?? []);
  const registration = valueAt(c.draft.offer, 'schedule.registrationRequired') as boolean | undefined;
  const addSession = () => c.set('schedule.sessions', [...sessions, { weekdays: [], opensAt: '', closesAt: '', frequency: 'weekly' }]);
  return html`
    ${group(c, 'schedule.sessions', c.t('Op welke dagen en tijden?', 'On which days and times?'), c.t('Voeg een tijd toe voor elke keer dat het er is. Geen vaste tijden? Schrijf het hieronder in woorden.', 'Add a time for each time it takes place. No fixed times? Write it below in words.'), html`
      ${sessions.map((session, index) => {
        const path = `schedule.sessions.${index}`;
        const days = (session.weekdays as string[] | undefined) ?? [];
        return html`<div class="session" role="group" aria-label="${c.t('Tijd', 'Time')} ${index + 1}">
          <fieldset id=${idOf(`${path}.weekdays`)} tabindex="-1"><legend>${c.t('Dag', 'Day')}</legend><div class="days">
            ${WEEKDAYS.map((day) => html`<label class="choice"><input type="checkbox" .checked=${days.includes(day)} @change=${(e: Event) => c.toggle(`${path}.weekdays`, day, (e.target as HTMLInputElement).checked)} />${WEEKDAY_LABELS[day][c.lang]}</label>`)}
          </div><span class="error">${c.error(`${path}.weekdays`) ?? ''}</span></fieldset>
          <div class="row">${textField(c, `${path}.opensAt`, c.t('Van', 'From'), c.t('Bijvoorbeeld 13:30', 'For example 13:30'), { type: 'time', required: true })}
            ${textField(c, `${path}.closesAt`, c.t('Tot', 'To'), c.t('Bijvoorbeeld 15:30', 'For example 15:30'), { type: 'time', required: true })}</div>
          <div class="field"><label for=${idOf(`${path}.frequency`)}>${c.t('Hoe vaak?', 'How often?')}</label>
            <select id=${idOf(`${path}.frequency`)} @change=${(e: Event) => c.set(`${path}.frequency`, (e.target as HTMLSelectElement).value)}>
              ${FREQUENCIES.map(([value, nl, en]) => html`<option value=${value} ?selected=${(session.frequency ?? 'weekly') === value}>${c.t(nl, en)}</option>`)}</select></div>
          ${session.frequency === 'biweekly' ? textField(c, `${path}.referenceDate`, c.t('Een datum waarop het er is', 'A date on which it takes place'), c.t('Dan weten we welke weken.', 'So we know which weeks.'), { type: 'date', required: true }) : nothing}
          ${session.frequency === 'monthly' ? html`<div class="field"><label for=${idOf(`${path}.weekOfMonth`)}>${c.t('Welke week van de maand?', 'Which week of the month?')}</label>
            <select id=${idOf(`${path}.weekOfMonth`)} @change=${(e: Event) => c.set(`${path}.weekOfMonth`, Number((e.target as HTMLSelectElement).value))}>
              <option value="" ?selected=${session.weekOfMonth === undefined}>${c.t('Kies een week', 'Choose a week')}</option>
              ${WEEKS.map(([value, nl, en]) => html`<option value=${value} ?selected=${session.weekOfMonth === value}>${c.t(nl, en)}</option>`)}</select>
            <span class="error">${c.error(`${path}.weekOfMonth`) ?? ''}</span></div>` : nothing}
          <button type="button" class="secondary" @click=${() => c.set('schedule.sessions', sessions.filter((_, i) => i !== index))}>${c.t(`Tijd ${index + 1} weghalen`, `Remove time ${index + 1}`)}</button>
        </div>`;
      })}
      <p><button type="button" class="secondary add-session" @click=${addSession}>${sessions.length ? c.t('Nog een tijd toevoegen', 'Add another time') : c.t('Een tijd toevoegen', 'Add a time')}</button></p>`)}
    ${textField(c, 'schedule.text', c.t('Tijden in woorden', 'Times in words'), c.t('Voor wat hierboven niet past. Bijvoorbeeld: op afspraak, bel eerst.', 'For what does not fit above. For example: by appointment.'), { max: 300 })}
    ${textField(c, 'schedule.startDate', c.t('Vanaf welke datum?', 'From which date?'), c.t('Alleen als het op een vaste dag begint, zoals een cursus.', 'Only if it starts on a set day, like a course.'), { type: 'date' })}
    ${group(c, 'schedule.registrationRequired', c.t('Moeten mensen zich eerst aanmelden?', 'Must people sign up first?'), c.t('Of kunnen ze gewoon langskomen?', 'Or can they just come?'), html`<div class="choices">
      ${choice('radio', 'registration', registration === true, c.t('Ja, eerst aanmelden', 'Yes, sign up first'), c.t('Zeg bij "Contact" hoe dat gaat.', 'Say under "Contact" how.'), (on) => on && c.set('schedule.registrationRequired', true))}
      ${choice('radio', 'registration', registration === false, c.t('Nee, gewoon langskomen', 'No, just come'), c.t('Iedereen kan binnenlopen.', 'Anyone can walk in.'), (on) => on && c.set('schedule.registrationRequired', false))}</div>`)}`;
}

export function costStep(c: StepContext) {
  const free = valueAt(c.draft.offer, 'cost.free') !== false;
  const bring = ((c.draft.offer.bring as string[] | undefined) ?? []).join('\n');
  return html`
    ${group(c, 'cost', c.t('Kost het iets?', 'Does it cost anything?'), c.t('Gratis aanbod vinden bewoners met het filter "Gratis".', 'Residents find free offers with the "Free" filter.'), html`<div class="choices">
      ${choice('radio', 'free', free, c.t('Gratis', 'Free'), c.t('Het kost niets.', 'It costs nothing.'), (on) => on && c.set('cost', { free: true }))}
      ${choice('radio', 'free', !free, c.t('Het kost geld', 'It costs money'), c.t('Zeg hieronder hoeveel.', 'Say below how much.'), (on) => on && c.set('cost.free', false))}</div>`)}
    ${free ? nothing : textField(c, 'cost.amountEur', c.t('Prijs in euro', 'Price in euros'), c.t('Bijvoorbeeld 25. Laat leeg als het verschilt.', 'For example 25. Empty if it varies.'), { type: 'number' })}
    ${textField(c, 'cost.description', c.t('Uitleg over de kosten', 'About the cost'), c.t('Bijvoorbeeld: gratis met een U-pas.', 'For example: free with a U-pas.'), { max: 200 })}
    <div class="field"><label for="f-bring">${c.t('Wat moeten mensen meenemen?', 'What should people bring?')} <span class="hint">(${c.t('mag leeg', 'optional')})</span></label>
      <span class="hint" id="f-bring-help">${c.t('Eén ding per regel. Bijvoorbeeld: uw DigiD-brief.', 'One thing per line. For example: your DigiD letter.')}</span>
      <textarea id="f-bring" .value=${bring} aria-describedby="f-bring-help f-bring-error" aria-invalid=${c.error('bring') ? 'true' : 'false'}
        @change=${(e: Event) => c.set('bring', (e.target as HTMLTextAreaElement).value.split('\n').map((line) => line.trim()).filter(Boolean))}></textarea>
      <span class="error" id="f-bring-error">${c.error('bring') ?? c.error('bring.0') ?? ''}</span></div>
    <h3>${c.t('Contact voor bewoners', 'Contact for residents')}</h3>
    ${textField(c, 'contact.phone', c.t('Telefoonnummer', 'Phone number'), c.t('Waar bewoners naartoe kunnen bellen. Bijvoorbeeld 0183 123 456.', 'Where residents can call.'), { type: 'tel', autocomplete: 'tel' })}
    ${textField(c, 'contact.email', c.t('E-mailadres voor vragen', 'E-mail address for questions'), c.t('Dit adres zien bewoners wel.', 'Residents do see this address.'), { type: 'email' })}
    ${textField(c, 'contact.url', c.t('Website', 'Website'), c.t('Begint met https://', 'Starts with https://'), { type: 'url' })}`;
}

/** The offer as residents will see it: the list card and the detail, drawn by `<sek-zoeker>`'s own views. */
export function previewOf(c: StepContext): TemplateResult {
  const offer = previewOffer(c.draft);
  const [location, ...others] = offer.locations as NonNullable<OfferInput['locations']>;
  const hit = {
    id: 'voorbeeld', offer, location: location ?? null, distanceMeters: null, otherLocations: others.length,
    highlight: { title: [], summary: [] }, upcoming: [],
  } as unknown as WholeHit;
  return html`<div lang="nl">
    <h3>${c.t('In de lijst', 'In the list')}</h3>
    <ul class="preview-card">${renderHit(hit, c.today, DUTCH, 'nl', noop, false, noop)}</ul>
    <h3>${c.t('Als iemand het opent', 'When someone opens it')}</h3>
    ${renderDetail(hit, c.today, DUTCH, 'nl', {
      onBack: noop, onPrint: noop, onShare: noop, onReadAloud: noop, reading: false, canReadAloud: false, detailNotice: '', shareUrl: '',
      otherPlaces: [],
    })}</div>`;
}

/** The draft with the defaults the service would apply, so the widget's views can draw it. */
function previewOffer(draft: FormDraft): Record<string, unknown> {
  const offer = draft.offer;
  const schedule = (offer.schedule ?? {}) as Record<string, unknown>;
  const sessions = ((schedule.sessions as Record<string, unknown>[] | undefined) ?? []).filter((s) => Array.isArray(s.weekdays) && (s.weekdays as unknown[]).length && s.opensAt && s.closesAt);
  const locations = ((offer.locations as Record<string, unknown>[] | undefined) ?? []).map((location) => ({
    ...location, lat: draft.place?.lat ?? 52.1, lng: draft.place?.lng ?? 5.1,
  }));
  return {
    targetGroups: [], languages: ['nl'], accessibility: [], bring: [], contact: {}, status: 'active', kaart: 'sociaal-educatief', themes: [],
    ...offer,
    id: 'voorbeeld', title: offer.title || '…', summary: offer.summary || '…',
    provider: { id: 'voorbeeld', name: draft.submitter.organization || '…' },
    cost: offer.cost ?? { free: true },
    schedule: { dayParts: [], weekdays: [], closed: [], ...schedule, sessions },
    locations,
    lastVerified: new Date().toISOString().slice(0, 10),
  };
}
