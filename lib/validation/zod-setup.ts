import { z } from 'zod';
import { errorMessage } from './message';

// Default zod messages become catalogue keys, so nothing English-only reaches a user.
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null || issue.input === '')) return errorMessage('validation.required');
    if (issue.code === 'too_small' && issue.origin === 'string') return errorMessage('validation.required');
    if (issue.code === 'too_big' && issue.origin === 'string') return errorMessage('validation.tooLong', { max: Number(issue.maximum) });
    if (issue.code === 'invalid_format' && issue.format === 'email') return errorMessage('validation.email');
    return errorMessage('validation.invalid');
  },
});

export { z };
