import fc from 'fast-check';
import { errorMessage, parseErrorMessage } from './message';

describe('errorMessage', () => {
  it('returns the bare key when there are no values', () => {
    expect(errorMessage('validation.required')).toBe('validation.required');
  });

  it('appends the values as JSON after a bar', () => {
    expect(errorMessage('validation.tooLong', { max: 200 })).toBe('validation.tooLong|{"max":200}');
  });

  it('treats an empty values object as no values', () => {
    expect(errorMessage('validation.required', {})).toBe('validation.required');
  });
});

describe('parseErrorMessage', () => {
  it('reads a bare key', () => {
    expect(parseErrorMessage('validation.required')).toEqual({ key: 'validation.required' });
  });

  it('reads a key with values', () => {
    expect(parseErrorMessage('validation.tooLong|{"max":200}')).toEqual({ key: 'validation.tooLong', values: { max: 200 } });
  });

  it('keeps the key when the values are not valid JSON', () => {
    expect(parseErrorMessage('validation.tooLong|{max')).toEqual({ key: 'validation.tooLong' });
  });

  it('drops values that are not an object of texts and numbers', () => {
    expect(parseErrorMessage('validation.tooLong|[1,2]')).toEqual({ key: 'validation.tooLong' });
    expect(parseErrorMessage('validation.tooLong|null')).toEqual({ key: 'validation.tooLong' });
    expect(parseErrorMessage('x.y|{"a":{"b":1},"c":"d"}')).toEqual({ key: 'x.y', values: { c: 'd' } });
  });

  it('reads back whatever errorMessage wrote', () => {
    const key = fc.stringMatching(/^[a-z][A-Za-z]{0,10}(\.[A-Za-z]{1,10}){1,3}$/);
    const values = fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.oneof(fc.string(), fc.integer()), { minKeys: 1, maxKeys: 4 });
    fc.assert(fc.property(key, values, (k, v) => expect(parseErrorMessage(errorMessage(k, v))).toEqual({ key: k, values: v })));
  });
});
