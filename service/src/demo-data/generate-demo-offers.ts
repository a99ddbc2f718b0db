import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { once } from 'node:events';
import { loadGeoData, type GeoData, type NamedPlace } from '../geo/geo-data.js';
import { foldName } from '../geo/normalize-place-name.js';
import { DEMO_REGIONS } from './demo-regions.js';
import { demoSchedule } from './demo-schedules.js';
import { OFFER_TEMPLATES, ONLINE_TEMPLATES, type OfferTemplate, type OnlineTemplate, type ProviderKind } from './offer-templates.js';
import { Offer, type DayPart, type OfferInput, type Weekday } from '@sek/contract';

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same data on every machine. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof createRandom>;

const STREETS = [
  'Kerkstraat', 'Dorpsstraat', 'Markt', 'Stationsweg', 'Molenstraat', 'Schoolstraat', 'Nieuwstraat', 'Hoofdstraat',
  'Wilhelminastraat', 'Julianastraat', 'Raadhuisplein', 'Beatrixlaan', 'Prins Bernhardlaan', 'Lindelaan', 'Kastanjelaan',
  'Burgemeester de Vlugtlaan', 'Oranjestraat', 'Voorstraat', 'Havenstraat', 'Parkweg', 'Sportlaan', 'Emmaplein',
];
const VENUES: Record<ProviderKind, string[]> = {
  bibliotheek: ['Bibliotheek {k}', 'Bibliotheek {k}', 'Servicepunt bibliotheek {k}'],
  welzijn: ['Buurthuis De Ontmoeting', 'Wijkcentrum {k}', 'Dorpshuis {k}'],
  schuldhulp: ['Wijkcentrum {k}', 'Kerkelijk centrum {k}'],
  gemeente: ['Gemeentehuis {g}', 'Werkplein {g}'],
  woningcorporatie: ['Kantoor woningcorporatie {g}'],
  vrijwilligers: ['Vrijwilligerspunt {k}', 'Dorpshuis {k}'],
  ggd: ['Centrum Jeugd en Gezin {k}', 'Gezondheidscentrum {k}'],
};
const PROVIDER_NAMES: Record<ProviderKind, string> = {
  bibliotheek: '{library}',
  welzijn: 'Welzijn {g}',
  schuldhulp: 'SchuldHulpMaatje {g}',
  gemeente: 'Gemeente {g}',
  woningcorporatie: 'Woonstichting {g}',
  vrijwilligers: 'Vrijwilligerscentrale {g}',
  ggd: 'Centrum Jeugd en Gezin {g}',
};

const slug = (text: string) => foldName(text).replace(/ /g, '-');
const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? '');

interface Kern {
  place: NamedPlace;
  gemeenteName: string;
  library: string;
  postcodes: string[];
  isMainTown: boolean;
}

function kernenOf(geo: GeoData, gemeenteCode: string, library: string): Kern[] {
  const gemeente = geo.gemeenten.get(gemeenteCode)!;
  const woonplaatsen = geo.places.filter((p) => p.kind === 'woonplaats' && p.gemeenteCode === gemeenteCode);
  const byPopulation = [...woonplaatsen].sort((a, b) => b.population - a.population);
  return byPopulation.map((place, index) => ({
    place,
    gemeenteName: gemeente.name,
    library,
    postcodes: [...geo.postcodes.values()]
      .filter((area) => area.gemeenteCodes.includes(gemeenteCode) && foldName(area.woonplaats) === foldName(place.name))
      .map((area) => area.postcode4),
    isMainTown: index === 0,
  }));
}

/** The main stream's draws for a schedule (unchanged, so the rest of the demo set stays the same), then the detail. */
function schedule(template: OfferTemplate, random: Random, id: string): NonNullable<OfferInput['schedule']> {
  const dayParts = random.pick(template.dayParts);
  const weekdays: Weekday[] = [random.pick(['ma', 'di', 'wo', 'do', 'vr'] as const)];
  if (random.chance(0.25)) weekdays.push(random.pick(['ma', 'di', 'wo', 'do', 'vr', 'za'] as const));
  return demoSchedule(template, { dayParts, weekdays: [...new Set(weekdays)], own: createRandom(seedOf(id)) });
}

/** A stable 32-bit seed from a text (FNV-1a). */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function phoneFor(random: Random): string {
  return `0${random.int(10, 99)} ${random.int(100, 999)} ${random.int(1000, 9999)}`;
}

interface BuildContext {
  random: Random;
  counter: Map<string, number>;
}

function locationAt(kern: Kern, venueKind: ProviderKind, random: Random, vars: Record<string, string>, index: number) {
  const postcode4 = kern.postcodes.length ? random.pick(kern.postcodes) : undefined;
  const letters = String.fromCharCode(65 + random.int(0, 25)) + String.fromCharCode(65 + random.int(0, 23));
  const safeLetters = /^(SA|SD|SS)$/.test(letters) ? 'AB' : letters;
  // Within ~500 m of the kern's point: plausible, and still inside the kern.
  const lat = kern.place.lat + (random.next() - 0.5) * 0.009;
  const lng = kern.place.lng + (random.next() - 0.5) * 0.014;
  return {
    id: `loc-${index + 1}`,
    name: fill(random.pick(VENUES[venueKind]), vars),
    address: {
      street: `${random.pick(STREETS)} ${random.int(1, 120)}`,
      postcode: `${postcode4 ?? '4201'} ${safeLetters}`,
      place: kern.place.name,
      gemeenteCode: kern.place.gemeenteCode,
    },
    lat: Number(lat.toFixed(5)),
    lng: Number(lng.toFixed(5)),
  };
}

function buildOffer(template: OfferTemplate, kernen: Kern[], ctx: BuildContext): OfferInput {
  const { random } = ctx;
  const first = kernen[0]!;
  const vars = { g: first.gemeenteName, k: first.place.name, library: first.library };
  const base = `${template.key}-${slug(first.place.name)}`;
  const seen = ctx.counter.get(base) ?? 0;
  ctx.counter.set(base, seen + 1);
  const id = seen === 0 ? base : `${base}-${seen + 1}`;
  const free = random.chance(template.freeChance);
  const providerName = fill(PROVIDER_NAMES[template.provider], vars);
  const roll = random.next();
  const status = roll < 0.02 ? 'temporarily-closed' : roll < 0.03 ? 'inactive' : 'active';
  const expired = random.chance(0.02);
  const month = String(random.int(1, 10)).padStart(2, '0');
  return {
    id,
    source: 'demo',
    title: kernen.length > 1 || first.isMainTown ? template.title : `${template.title} ${first.place.name}`,
    summary: template.summary,
    description: template.description,
    provider: { id: slug(providerName), name: providerName, website: `https://www.${slug(providerName).replace(/-/g, '')}.example.nl` },
    themes: template.themes,
    kind: template.kind,
    targetGroups: template.targetGroups,
    cost: free
      ? { free: true }
      : { free: false, amountEur: template.amountEur ?? 5, description: `€ ${template.amountEur ?? 5} voor de hele cursus. Heeft u weinig geld? Vraag naar de regeling.` },
    schedule: schedule(template, random, id),
    languages: template.languages ?? ['nl'],
    accessibility: random.chance(0.7) ? ['rolstoeltoegankelijk', ...(random.chance(0.4) ? (['ringleiding'] as const) : [])] : [],
    bring: template.bring ?? [],
    contact: {
      phone: phoneFor(random),
      email: `info@${slug(providerName).replace(/-/g, '')}.example.nl`,
      url: `https://www.${slug(providerName).replace(/-/g, '')}.example.nl/${template.key}`,
    },
    locations: kernen.map((kern, index) => locationAt(kern, template.provider, random, { ...vars, k: kern.place.name }, index)),
    online: template.kind === 'begeleiding' ? random.chance(0.3) : false,
    status,
    ...(status === 'temporarily-closed' ? { alert: `Tijdelijk gesloten tot 1 januari 2027 door een verbouwing. Bel voor een andere plek.` } : {}),
    kaart: template.themes.some((t) => t === 'gezondheid' || t === 'gezin') ? 'sociaal' : 'sociaal-educatief',
    lastVerified: `2026-${month}-${String(random.int(1, 28)).padStart(2, '0')}`,
    ...(expired ? { validUntil: '2026-06-30' } : {}),
  };
}

/** Phone lines keep office hours; chats and video calls are "when it suits you". */
function onlineSchedule(template: OnlineTemplate, dayParts: DayPart[]): NonNullable<OfferInput['schedule']> {
  if (template.key === 'geldlijn') {
    return { sessions: [{ weekdays: ['ma', 'di', 'wo', 'do', 'vr'], opensAt: '09:00', closesAt: '17:00' }], text: 'Bellen kan op werkdagen.' };
  }
  return { dayParts, text: 'Wanneer het u uitkomt.' };
}

/** The demo set: every main town gets the full programme, smaller kernen a few offers each. */
export function generateRegionalOffers(geo: GeoData, seed = 20261122): Offer[] {
  const random = createRandom(seed);
  const ctx: BuildContext = { random, counter: new Map() };
  const offers: OfferInput[] = [];
  for (const region of DEMO_REGIONS) {
    for (const gemeenteCode of region.gemeenten) {
      const kernen = kernenOf(geo, gemeenteCode, region.library);
      const [main, ...others] = kernen;
      if (!main) continue;
      for (const template of OFFER_TEMPLATES) {
        if (!template.everyTown && !random.chance(0.6)) continue;
        // Library offers also run in one or two branches: one offer, several locations.
        const branches = template.provider === 'bibliotheek' && others.length && random.chance(0.35)
          ? [main, ...others.slice(0, random.int(1, 2))]
          : [main];
        offers.push(buildOffer(template, branches, ctx));
      }
      for (const kern of others) {
        const count = kern.place.population >= 2000 ? random.int(3, 5) : random.int(1, 3);
        const templates = new Set<OfferTemplate>();
        // Bigger kernen always have a Taalcafé: the neighbouring village may be closest.
        if (kern.place.population >= 2000) templates.add(OFFER_TEMPLATES[0]!);
        while (templates.size < count) templates.add(random.pick(OFFER_TEMPLATES));
        for (const template of templates) offers.push(buildOffer(template, [kern], ctx));
      }
    }
    for (const template of ONLINE_TEMPLATES) {
      if (template.area === 'national' && region !== DEMO_REGIONS[0]) continue;
      offers.push({
        id: template.area === 'national' ? template.key : `${template.key}-${region.key}`,
        source: 'demo',
        title: template.area === 'national' ? template.title : `${template.title} ${region.name}`,
        summary: template.summary,
        description: template.description,
        provider: { id: slug(template.providerName), name: template.providerName, website: `https://www.${slug(template.providerName).replace(/-/g, '')}.example.nl` },
        themes: template.themes,
        kind: template.kind,
        targetGroups: template.targetGroups,
        cost: { free: true },
        schedule: onlineSchedule(template, [...random.pick(template.dayParts)]),
        contact: { phone: '0800 1234 567', url: `https://www.${slug(template.providerName).replace(/-/g, '')}.example.nl` },
        online: true,
        serviceArea: template.area === 'national' ? { national: true } : { gemeenten: [...region.gemeenten] },
        lastVerified: '2026-10-01',
      });
    }
  }
  return shareVenues(offers).map((offer) => Offer.parse(offer));
}

/**
 * One venue, one address: offers at a venue of the same name in the same place (the library of a
 * town hosts its Taalcafé, Klik & Tik and IDO hours) share its street, postcode and point, as they
 * do in a real kaart, so a map shows several offers at one spot.
 */
function shareVenues(offers: OfferInput[]): OfferInput[] {
  type Location = NonNullable<OfferInput['locations']>[number];
  const venues = new Map<string, Location>();
  return offers.map((offer) => ({
    ...offer,
    locations: offer.locations?.map((location): Location => {
      const key = `${location.address.gemeenteCode}|${location.address.place}|${location.name}`;
      const venue = venues.get(key);
      if (!venue) venues.set(key, location);
      return venue ? { ...location, address: venue.address, lat: venue.lat, lng: venue.lng } : location;
    }),
  }));
}

/** `count` offers spread over all of the Netherlands, for benchmarks. */
export function* generateNationalOffers(geo: GeoData, count: number, seed = 7): Generator<Offer> {
  const random = createRandom(seed);
  const ctx: BuildContext = { random, counter: new Map() };
  const woonplaatsen = geo.places.filter((p) => p.kind === 'woonplaats');
  const postcodesByPlace = new Map<string, string[]>();
  for (const area of geo.postcodes.values()) {
    const key = foldName(area.woonplaats);
    postcodesByPlace.set(key, [...(postcodesByPlace.get(key) ?? []), area.postcode4]);
  }
  for (let i = 0; i < count; i++) {
    const place = random.pick(woonplaatsen);
    const gemeente = geo.gemeenten.get(place.gemeenteCode)!;
    const kern: Kern = {
      place, gemeenteName: gemeente.name, library: `Bibliotheek ${gemeente.name}`, isMainTown: true,
      postcodes: postcodesByPlace.get(foldName(place.name)) ?? [],
    };
    const offer = buildOffer(random.pick(OFFER_TEMPLATES), [kern], ctx);
    yield Offer.parse({ ...offer, id: `bench-${i}`, source: 'bench' });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  const geo = loadGeoData();
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  const offers = values.count
    ? generateNationalOffers(geo, Number(values.count), values.seed ? Number(values.seed) : undefined)
    : generateRegionalOffers(geo, values.seed ? Number(values.seed) : undefined);
  for (const offer of offers) {
    if (!out.write(`${JSON.stringify(offer)}\n`)) await once(out, 'drain');
  }
  if (out !== process.stdout) out.end();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}
