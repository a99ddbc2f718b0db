import type { z } from 'zod';
import type { FieldError, LocalizedMessage } from '../errors.js';
import { labelFor, QUERY_FIELD_LABELS, type FieldLabel, type FieldLabels } from './field-labels.js';
import { isValidationMessageKey, VALIDATION_MESSAGES } from './validation-messages.js';

/**
 * Turns zod issues into field errors with a stable code and a plain Dutch + English sentence that
 * names the field the way people know it ("Kies minstens één onderwerp (kolom themes).").
 * Parse with `{ reportInput: true }` so a wrong type is told apart from a missing value.
 */
export function zodFieldErrors(error: z.ZodError, labels: FieldLabels = QUERY_FIELD_LABELS, prefix: (string | number)[] = []): FieldError[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path] as (string | number)[];
    const field = path.length ? path.map(String).join('.') : '(root)';
    const label = labelFor(labels, path);
    const message = messageFor(issue, label);
    const column = label.column ? { nl: ` (kolom ${label.column})`, en: ` (column ${label.column})` } : { nl: '', en: '' };
    return { field, code: codeFor(issue), message: { nl: `${message.nl}${column.nl}.`, en: `${message.en}${column.en}.` } };
  });
}

function codeFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big': return 'too_large';
    case 'too_small': return 'too_small';
    case 'invalid_value': return 'invalid_value';
    case 'invalid_type': return issue.input === undefined ? 'required' : 'invalid_type';
    case 'unrecognized_keys': return 'unknown_field';
    case 'invalid_format': return 'invalid_format';
    default: return 'invalid';
  }
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const TYPE_WORDS: Record<string, LocalizedMessage> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een heel getal, zonder komma', en: 'a whole number' },
  boolean: { nl: 'ja of nee', en: 'yes or no' },
  array: { nl: 'een lijst (waarden gescheiden door |)', en: 'a list (values separated by |)' },
  object: { nl: 'een blok met velden', en: 'a group of fields' },
};

/** The sentence without its final full stop; the caller adds the CSV column. */
function messageFor(issue: z.core.$ZodIssue, { label, one }: FieldLabel): LocalizedMessage {
  // A schema's own `error` key also lands on its range checks in zod 4; type keys only speak about types.
  const typeKey = issue.message === 'number' || issue.message === 'whole_number';
  if (isValidationMessageKey(issue.message) && (!typeKey || issue.code === 'invalid_type')) return VALIDATION_MESSAGES[issue.message](label);
  const L = { nl: cap(label.nl), en: cap(label.en) };
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { nl: `Vul ${label.nl} in`, en: `Fill in ${label.en}` };
      const expected = TYPE_WORDS[issue.expected] ?? { nl: issue.expected, en: issue.expected };
      return { nl: `${L.nl} moet ${expected.nl} zijn`, en: `${L.en} must be ${expected.en}` };
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') {
        const noun = one ?? label;
        return issue.minimum === 1
          ? { nl: `Kies minstens één ${noun.nl}`, en: `Choose at least one ${noun.en}` }
          : { nl: `Kies minstens ${min} keer ${noun.nl}`, en: `Choose at least ${min} of ${label.en}` };
      }
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? { nl: `Vul ${label.nl} in`, en: `Fill in ${label.en}` }
          : { nl: `${L.nl} is te kort: gebruik minstens ${min} tekens`, en: `${L.en} is too short: use at least ${min} characters` };
      }
      return { nl: `${L.nl} is te klein: het minimum is ${min}`, en: `${L.en} is too small: the minimum is ${min}` };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return { nl: `${L.nl}: er mogen er hoogstens ${max} zijn`, en: `${L.en}: at most ${max} are allowed` };
      if (issue.origin === 'string') return { nl: `${L.nl} is te lang: gebruik hoogstens ${max} tekens`, en: `${L.en} is too long: the maximum is ${max} characters` };
      return { nl: `${L.nl} is te groot: het maximum is ${max}`, en: `${L.en} is too large: the maximum is ${max}` };
    }
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return { nl: `${L.nl}: deze waarde kennen we niet. Kies uit: ${values}`, en: `${L.en}: unknown value. Choose from: ${values}` };
    }
    case 'unrecognized_keys':
      return { nl: `Onbekend veld: ${issue.keys.join(', ')}`, en: `Unknown field: ${issue.keys.join(', ')}` };
    case 'invalid_format':
      return { nl: `${L.nl} heeft niet de goede vorm`, en: `${L.en} does not have the right format` };
    case 'invalid_union':
      return { nl: `${L.nl} klopt niet`, en: `${L.en} is not valid` };
    default:
      return { nl: `${L.nl} klopt niet`, en: `${L.en} is not valid` };
  }
}
