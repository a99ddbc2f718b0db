import type { z } from 'zod';
import type { FieldError, LocalizedMessage } from './api-error.js';

/** Turns zod issues into field errors with a stable code and a Dutch + English message. */
export function zodFieldErrors(error: z.ZodError, prefix: (string | number)[] = []): FieldError[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const field = path.length ? path.map(String).join('.') : '(root)';
    return { field, code: codeFor(issue), message: messageFor(issue) };
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

function messageFor(issue: z.core.$ZodIssue): LocalizedMessage {
  switch (issue.code) {
    case 'too_big':
      return { nl: `Deze waarde is te groot. Het maximum is ${String(issue.maximum)}.`, en: `Too large: the maximum is ${String(issue.maximum)}.` };
    case 'too_small':
      return { nl: `Deze waarde is te klein. Het minimum is ${String(issue.minimum)}.`, en: `Too small: the minimum is ${String(issue.minimum)}.` };
    case 'invalid_value':
      return {
        nl: `Deze waarde kennen we niet. Kies uit: ${issue.values.map(String).join(', ')}.`,
        en: `Unknown value. Choose from: ${issue.values.map(String).join(', ')}.`,
      };
    case 'unrecognized_keys':
      return { nl: `Onbekend veld: ${issue.keys.join(', ')}.`, en: `Unknown field: ${issue.keys.join(', ')}.` };
    case 'invalid_type':
      if (issue.input === undefined) return { nl: 'Dit veld is verplicht.', en: 'This field is required.' };
      return { nl: `Verkeerd soort waarde: verwacht ${issue.expected}.`, en: `Wrong type: expected ${issue.expected}.` };
    default:
      return { nl: `Deze waarde klopt niet: ${issue.message}.`, en: `Invalid value: ${issue.message}.` };
  }
}
