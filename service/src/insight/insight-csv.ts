import { themeBySlug } from '@sek/contract/themes';
import type { InsightReport, InsightTable, WhiteSpots } from '@sek/contract';
import { csvCell } from '../import/csv-offer-columns.js';

const themeName = (slug: string) => (slug === '' ? 'Zonder onderwerp' : themeBySlug.get(slug)?.label.nl ?? slug);
const BAND_NAMES = { 2: 'binnen 2 km', 5: 'binnen 5 km', 10: 'binnen 10 km', verder: 'verder dan 10 km' } as const;

type Cell = string | number | null;

/** The rows of one table of the report, with Dutch column names (the same as on the screen). */
export function reportTable(table: Exclude<InsightTable, 'witte-vlekken'>, report: InsightReport): Cell[][] {
  const { demand, supply, referrals } = report;
  switch (table) {
    case 'zoekvragen':
      return [['onderwerp', 'zoekvragen', 'niets gevonden', 'minder dan 3 gevonden'],
        ...demand.byTheme.map((row) => [themeName(row.theme), row.searches, row.zeroResults, row.fewResults])];
    case 'zoekvragen-per-maand':
      return [['maand', 'zoekvragen', 'niets gevonden', 'minder dan 3 gevonden'], ...demand.byMonth.map((row) => [row.month, row.searches, row.zeroResults, row.fewResults])];
    case 'zoekwoorden':
      return [['woord', 'zoekvragen'], ...demand.words.map((row) => [row.word, row.searches])];
    case 'aanbod':
      return [['onderwerp', 'aanbod', 'op een plek in de gemeente', 'online', 'gratis', 's avonds'],
        ...supply.byTheme.map((row) => [themeName(row.theme), row.offers, row.located, row.online, row.free, row.evening]),
        ['Totaal (elk aanbod één keer)', supply.offers, supply.located, supply.online, supply.free, supply.evening]];
    case 'nieuw-gestopt':
      return [['maand', 'nieuw', 'gestopt', 'verborgen (geen antwoord op controle)'], ...supply.byMonth.map((row) => [row.month, row.added, row.stopped, row.hidden])];
    case 'doorverwijzingen':
      return [['aanbod', 'id', 'onderwerpen', 'afgedrukt', 'gedeeld'],
        ...referrals.byOffer.map((row) => [row.title, row.offerId, row.themes.map(themeName).join(', '), row.print, row.share])];
  }
}

/** The white-spot table: every PC4 area of the gemeente. */
export function whiteSpotTable(spots: WhiteSpots): Cell[][] {
  return [['postcode', 'woonplaats', 'km tot dichtstbijzijnde aanbod', 'afstand', 'dichtstbijzijnde aanbod', 'plaats van dat aanbod', 'zoekvragen zonder resultaat'],
    ...spots.areas.map((area) => [area.postcode4, area.woonplaats, area.km, BAND_NAMES[area.band], area.nearest?.title ?? '', area.nearest?.place ?? '', area.zeroResults])];
}

/** A table as CSV: RFC 4180, CRLF, a byte order mark so spreadsheet programs read é and ë. */
export function toCsv(rows: Cell[][]): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => csvCell(cell === null ? '' : String(cell))).join(',')).join('\r\n')}\r\n`;
}
