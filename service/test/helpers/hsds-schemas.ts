import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Validators of the official Open Referral HSDS 3.0 JSON schemas (draft 2020-12, copied unchanged
 * into `fixtures/hsds-3.0/`, CC BY-SA 4.0, © Open Referral), with every format checked (`uuid`,
 * `uri`, `email`, `date-time`). Written by no one here: our HSDS output is judged against them.
 */
const root = new URL('../fixtures/hsds-3.0/', import.meta.url);
export const HSDS_DIR = root;

export const readHsdsJson = (path: string): any => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);

/** Each schema under its own address, so the entity schemas' relative `$ref`s (`taxonomy.json`) resolve. */
const BASE = 'https://schemas.test/hsds-3.0/';
for (const file of readdirSync(new URL('schema/', root)).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
  ajv.addSchema({ ...readHsdsJson(`schema/${file}`), $id: `${BASE}schema/${file}` });
}

const cache = new Map<string, ValidateFunction>();
/** A validator of one schema file, e.g. `schema/compiled/service.json` or `schema/taxonomy_term.json`. */
export function hsdsValidator(path: string): ValidateFunction {
  let validate = cache.get(path);
  if (!validate) {
    validate = path.startsWith('schema/compiled/')
      ? ajv.compile({ ...readHsdsJson(path), $id: `${BASE}${path}` })
      : ajv.getSchema(`${BASE}${path}`)!;
    cache.set(path, validate);
  }
  return validate;
}

/** The schema's errors for a value, as short lines (empty: valid). */
export function hsdsErrors(path: string, value: unknown): string[] {
  const validate = hsdsValidator(path);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
