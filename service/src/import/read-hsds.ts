import type { Readable } from 'node:stream';
import type { Classifier } from '../hsds/hsds-classification.js';
import { servicesOfDocument, servicesOfItem, servicesOfZip, type HsdsServices } from '../hsds/hsds-documents.js';
import { asObject, type Json } from '../hsds/hsds-schedules.js';
import { hsdsServiceToOffer } from '../hsds/hsds-to-offer.js';
import { ImportFileError, toImportFileError } from './import-file-error.js';
import type { RawRecord } from './raw-record.js';
import { readJsonArray } from './read-json-array.js';

/** Largest HSDS file read whole (a single object, tables or a zip must be read before they can be joined). */
export const MAX_HSDS_WHOLE_BYTES = 200 * 1024 * 1024;

/** The first bytes of a zip file. */
export const isZip = (head: string) => head.startsWith('PK\u0003\u0004');

async function readWhole(input: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      size += (chunk as Buffer).length;
      if (size > MAX_HSDS_WHOLE_BYTES) {
        throw new ImportFileError({
          nl: `Dit HSDS-bestand is groter dan ${MAX_HSDS_WHOLE_BYTES / 1024 / 1024} MB. Stuur de diensten als JSON-lijst`,
          en: `This HSDS file is larger than ${MAX_HSDS_WHOLE_BYTES / 1024 / 1024} MB; send nested services as a JSON array instead`,
        });
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw toImportFileError(error, undefined, (e) => ({ nl: `Het bestand kon niet gelezen worden: ${e.message}`, en: `The file could not be read: ${e.message}` }));
  }
  return Buffer.concat(chunks);
}

function parseWhole(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportFileError({
      nl: 'Dit is geen goede JSON: het bestand stopt te vroeg, of er staat een fout in',
      en: `This is not valid JSON: the file ends too early, or it has an error (${(error as Error).message})`,
    }, undefined, { cause: error });
  }
}

/** One service as a record: the SEK offer, what was derived, or why it is not for SEK. */
function recordOf(position: number, service: Json, classifier: Classifier, terms?: HsdsServices['terms']): RawRecord {
  const { value, derived, outsideNl } = hsdsServiceToOffer(service, classifier, terms);
  const id = typeof value.id === 'string' ? value.id : undefined;
  if (outsideNl) {
    return {
      position,
      ...(id ? { id } : {}),
      error: {
        field: 'locations',
        code: 'outside_netherlands',
        message: {
          nl: `Dit aanbod ligt niet in Nederland (${outsideNl}). SEK neemt alleen aanbod in Nederland op.`,
          en: `This offer is not in the Netherlands (${outsideNl}). SEK only takes offers in the Netherlands.`,
        },
      },
    };
  }
  const placed = (value.locations as unknown[]).length > 0 || value.serviceArea !== undefined;
  if (!placed) {
    return {
      position,
      ...(id ? { id } : {}),
      error: {
        field: 'locations',
        code: 'no_place',
        message: {
          nl: 'Dit record heeft geen adres en geen werkgebied, dus we weten niet waar het aanbod is. Een lijst van een HSDS-API heeft vaak alleen de hoofdgegevens: lees de volledige diensten in (services/{id} of full=true), of geef een service_area met gemeentecodes (GM0512) of NL.',
          en: 'This record has no address and no service area, so we do not know where the offer is. A list page of an HSDS API often carries only the main fields: import the full services (services/{id} or full=true), or give a service_area with gemeente codes (GM0512) or NL.',
        },
      },
    };
  }
  return { position, value, ...(derived.length ? { derived } : {}) };
}

/**
 * HSDS 3.0 in any shape (see `hsds-documents.ts`). A JSON array is streamed; every other shape is
 * read whole (up to 200 MB), then its services are read one by one. Records are numbered by service.
 */
export async function* readHsds(input: Readable, head: string, classifier: Classifier): AsyncGenerator<RawRecord> {
  let position = 0;
  let elements = 0;
  if (head.trimStart().startsWith('[')) {
    for await (const element of readJsonArray(input)) {
      elements++;
      if ('error' in element) {
        yield element;
        continue;
      }
      for (const service of servicesOfItem(asObject(element.value))) yield recordOf(++position, service, classifier);
    }
  } else {
    const bytes = await readWhole(input);
    const document = isZip(head) ? undefined : parseWhole(bytes);
    const { services, terms } = document === undefined ? servicesOfZip(bytes) : servicesOfDocument(document);
    elements = document && typeof document === 'object' && Object.keys(document).length ? 1 : 0;
    for (const service of services) yield recordOf(++position, service, classifier, terms);
  }
  if (position === 0 && elements > 0) throw noServices();
}

/** A file with HSDS data but no services (organizations only, taxonomies): nothing SEK can show. */
const noServices = () => new ImportFileError({
  nl: 'In dit HSDS-bestand staan geen diensten (services), alleen andere gegevens zoals organisaties. Lees een bestand in met de diensten erin, of haal de organisaties op met full_service=true',
  en: 'This HSDS file holds no services, only other data such as organizations. Import a file with the services in it, or fetch the organizations with full_service=true',
});
