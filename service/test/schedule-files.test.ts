import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { Offer, OFFER_FIELD_LABELS, zodFieldErrors, type Offer as OfferType } from '@sek/contract';
import { exportChunks } from '../src/export/export-offers.js';
import { CSV_COLUMNS, csvLine, offerToRows } from '../src/import/csv-offer-columns.js';
import { Classifier } from '../src/hsds/hsds-classification.js';
import { hsdsServiceToOffer } from '../src/hsds/hsds-to-offer.js';
import { offerToHsdsService } from '../src/hsds/offer-to-hsds.js';
import { openRecords } from '../src/import/read-records.js';
import type { RawRecord } from '../src/import/raw-record.js';
import { readDemoOffers } from '../src/offers/demo-offers.js';

/** The official HSDS 3.0 example service (Open Referral, CC BY-SA 4.0), written by no one here. */
const OFFICIAL_SERVICE = JSON.parse(readFileSync(new URL('./fixtures/hsds-3.0/examples/service_full.json', import.meta.url), 'utf8'));

let base: OfferType;
beforeAll(async () => {
  base = (await readDemoOffers()).find((offer) => offer.locations.length === 1 && offer.schedule.sessions.length > 0)!;
});

const hsdsServiceToOfferRecord = (service: Record<string, unknown>) => hsdsServiceToOffer(service, new Classifier()).value;

/** An SEK offer written as HSDS with other schedules in it, read back. */
function withHsdsSchedules(schedules: unknown[]) {
  const service = { ...offerToHsdsService(base), schedules };
  return Offer.safeParse(hsdsServiceToOfferRecord(service), { reportInput: true });
}

async function readAll(text: string, name: string): Promise<RawRecord[]> {
  const { records } = await openRecords(Readable.from([text]), name);
  const all: RawRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

describe('HSDS schedules', () => {
  it('reads the official example schedule: weekly on Thursday and Friday, 10:00-18:00', () => {
    const official = OFFICIAL_SERVICE.schedules[0];
    expect(official).toMatchObject({ freq: 'WEEKLY', interval: 1, byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00' });
    const parsed = withHsdsSchedules([official]);
    expect(parsed.success).toBe(true);
    expect(parsed.data!.schedule.sessions).toEqual([{ weekdays: ['do', 'vr'], opensAt: '10:00', closesAt: '18:00', frequency: 'weekly' }]);
    expect(parsed.data!.schedule.dayParts).toEqual(['ochtend', 'middag']);
    expect(parsed.data!.schedule.text).toBe(official.description);
    expect(parsed.data!.schedule.startDate).toBe(official.valid_from);
  });

  it('reads every other week (interval 2 from dtstart) and the n-th weekday of the month', () => {
    const parsed = withHsdsSchedules([
      { id: 'a', freq: 'WEEKLY', interval: 2, dtstart: '2026-09-03', byday: 'TH', opens_at: '19:00', closes_at: '21:00' },
      { id: 'b', freq: 'MONTHLY', byday: '1SA,3SA', opens_at: '10:00Z', closes_at: '12:00Z' },
      { id: 'c', freq: 'MONTHLY', byday: '-1FR', opens_at: '14:00:00', closes_at: '16:00:00' },
    ]);
    expect(parsed.success).toBe(true);
    expect(parsed.data!.schedule.sessions).toEqual([
      { weekdays: ['do'], opensAt: '19:00', closesAt: '21:00', frequency: 'biweekly', referenceDate: '2026-09-03' },
      { weekdays: ['za'], opensAt: '10:00', closesAt: '12:00', frequency: 'monthly', weekOfMonth: 1 },
      { weekdays: ['za'], opensAt: '10:00', closesAt: '12:00', frequency: 'monthly', weekOfMonth: 3 },
      { weekdays: ['vr'], opensAt: '14:00', closesAt: '16:00', frequency: 'monthly', weekOfMonth: -1 },
    ]);
  });

  it('says what it cannot express instead of guessing (every third week, every other week without a date)', () => {
    const parsed = withHsdsSchedules([
      { id: 'a', freq: 'WEEKLY', interval: 3, byday: 'MO', opens_at: '09:00', closes_at: '11:00' },
      { id: 'b', freq: 'WEEKLY', interval: 2, byday: 'TU', opens_at: '09:00', closes_at: '11:00' },
    ]);
    expect(parsed.success).toBe(false);
    const errors = zodFieldErrors(parsed.error!, OFFER_FIELD_LABELS);
    expect(errors.map((e) => e.field)).toEqual(['schedule.sessions.0.frequency', 'schedule.sessions.1.referenceDate']);
    expect(errors[0]!.message.nl).toMatch(/^Hoe vaak: deze waarde kennen we niet. Kies uit: weekly, biweekly, monthly/);
  });

  it('writes one HSDS schedule per session, and the export reads back the same', () => {
    const offer = Offer.parse({ ...base, schedule: {
      sessions: [
        { weekdays: ['ma', 'wo'], opensAt: '09:30', closesAt: '11:30' },
        { weekdays: ['do'], opensAt: '19:00', closesAt: '21:00', frequency: 'biweekly', referenceDate: '2026-09-03' },
        { weekdays: ['za'], opensAt: '10:00', closesAt: '12:00', frequency: 'monthly', weekOfMonth: -1 },
      ],
      closed: [{ from: '2026-12-19', to: '2027-01-03', reason: 'Kerstvakantie' }],
      registrationRequired: true, joinAnytime: false, startDate: '2026-09-01', text: 'Neem een pen mee.',
    } });
    const service = offerToHsdsService(offer);
    expect(service.schedules).toMatchObject([
      { freq: 'WEEKLY', interval: 1, byday: 'MO,WE', opens_at: '09:30', closes_at: '11:30', valid_from: '2026-09-01', description: 'Neem een pen mee.' },
      { freq: 'WEEKLY', interval: 2, byday: 'TH', dtstart: '2026-09-03' },
      { freq: 'MONTHLY', interval: 1, byday: '-1SA' },
    ]);
    expect(Offer.parse(hsdsServiceToOfferRecord(JSON.parse(JSON.stringify(service))))).toEqual(offer);
  });
});

describe('CSV schedules', () => {
  const header = CSV_COLUMNS.join(',');
  const row = (sessions: string, closed = '', id = base.id) => csvLine({ ...offerToRows(base)[0]!, id, sessions, closed, day_parts: '', weekdays: '' }).trimEnd();

  it('reads fixed times and closed periods in words a coordinator can type', async () => {
    const records = await readAll(`${header}\r\n${row('wo 9.30-11.30|di,do 19:00-21:00 om de week vanaf 2026-09-01|za 10:00-12:00 1e van de maand|vr 14:00-16:00 laatste van de maand', '2026-12-19 t/m 2027-01-03 Kerstvakantie|2027-02-13 t/m 2027-02-21')}\r\n`, 'aanbod.csv');
    expect(records).toHaveLength(1);
    const offer = Offer.parse((records[0] as { value: unknown }).value);
    expect(offer.schedule.sessions).toEqual([
      { weekdays: ['wo'], opensAt: '09:30', closesAt: '11:30', frequency: 'weekly' },
      { weekdays: ['di', 'do'], opensAt: '19:00', closesAt: '21:00', frequency: 'biweekly', referenceDate: '2026-09-01' },
      { weekdays: ['za'], opensAt: '10:00', closesAt: '12:00', frequency: 'monthly', weekOfMonth: 1 },
      { weekdays: ['vr'], opensAt: '14:00', closesAt: '16:00', frequency: 'monthly', weekOfMonth: -1 },
    ]);
    expect(offer.schedule.closed).toEqual([{ from: '2026-12-19', to: '2027-01-03', reason: 'Kerstvakantie' }, { from: '2027-02-13', to: '2027-02-21' }]);
    expect(offer.schedule.dayParts).toEqual(['ochtend', 'middag', 'avond']);
    // And the export writes them the same way.
    const exported = offerToRows(offer)[0]!;
    expect(exported.sessions).toBe('wo 09:30-11:30|di,do 19:00-21:00 om de week vanaf 2026-09-01|za 10:00-12:00 1e van de maand|vr 14:00-16:00 laatste van de maand');
    expect(exported.closed).toBe('2026-12-19 t/m 2027-01-03 Kerstvakantie|2027-02-13 t/m 2027-02-21');
  });

  it('rejects a cell it cannot read with the line, the column and an example', async () => {
    const records = await readAll(`${header}\r\n${row('woensdag middag')}\r\n${row('wo 13:30-15:30', '19 december tot 3 januari', 'een-ander-aanbod')}\r\n`, 'aanbod.csv');
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ position: 2, error: { field: 'schedule.sessions', code: 'invalid_format' } });
    expect((records[0] as { error: { message: { nl: string } } }).error.message.nl).toBe(
      'Deze tijden kunnen we niet lezen: "woensdag middag". Schrijf bijvoorbeeld: wo 13:30-15:30, of: do 19:00-21:00 om de week vanaf 2026-09-03, of: za 10:00-12:00 1e van de maand (kolom sessions).',
    );
    expect(records[1]).toMatchObject({ position: 3, error: { field: 'schedule.closed', code: 'invalid_format' } });
  });

  it('the demo data travels through CSV and NDJSON with every schedule intact', async () => {
    const demo = await readDemoOffers();
    for (const format of ['csv', 'ndjson'] as const) {
      let text = '';
      for await (const chunk of exportChunks(Readable.from(demo), format)) text += chunk;
      const back = (await readAll(text, `demo.${format}`)).map((record) => Offer.parse((record as { value: unknown }).value));
      expect(back.map((offer) => offer.schedule)).toEqual(demo.map((offer) => offer.schedule));
    }
  });
});
