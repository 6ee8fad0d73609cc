import { z } from 'zod';
import { errorMessage } from './message';

const isEmpty = (input: unknown) => input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
const numeric = new Set(['number', 'int', 'bigint', 'nan']);

// Turns a zod issue without its own message into a catalogue key, so nothing English-only reaches a user.
export const validationErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (isEmpty(issue.input) || issue.expected === 'nonoptional') return errorMessage('validation.required');
      if (numeric.has(issue.expected)) return errorMessage('validation.number');
      if (issue.expected === 'date') return errorMessage('validation.date');
      return errorMessage('validation.invalid');
    case 'invalid_value':
      return errorMessage(isEmpty(issue.input) ? 'validation.required' : 'validation.invalid');
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set') {
        const min = Number(issue.minimum);
        if (min <= 1) return errorMessage('validation.required');
        return issue.origin === 'string' ? errorMessage('validation.tooShort', { min }) : errorMessage('validation.invalid');
      }
      return errorMessage(issue.origin === 'date' ? 'validation.date' : numeric.has(issue.origin) ? 'validation.number' : 'validation.invalid');
    case 'too_big':
      if (issue.origin === 'string') return errorMessage('validation.tooLong', { max: Number(issue.maximum) });
      return errorMessage(issue.origin === 'date' ? 'validation.date' : numeric.has(issue.origin) ? 'validation.number' : 'validation.invalid');
    case 'not_multiple_of':
      return errorMessage('validation.number');
    case 'invalid_format':
      if (issue.format === 'email') return errorMessage('validation.email');
      if (issue.format === 'url') return errorMessage('validation.url');
      if (issue.format === 'date' || issue.format === 'datetime') return errorMessage('validation.date');
      return errorMessage('validation.invalid');
    default:
      return errorMessage('validation.invalid');
  }
};

// Installed for the whole app, in the browser and on the server alike, when this module is first imported.
z.config({ customError: validationErrorMap });

// The configured zod; field modules import it from here so the setup always runs first.
export { z };
