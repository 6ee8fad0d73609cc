import { safeCallbackPath } from './callback-url';

describe('the page to go to after signing in', () => {
  it.each([
    '/\\evil.example/',
    '/\t/evil.example',
    '\t//evil.example',
    '//evil.example',
    '///evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    'https://evil.example/organisations',
    'javascript:alert(1)',
    'http://relatio.invalid//evil.example',
    '/\n/evil.example',
  ])('refuses %j, which a browser would resolve to another site', (value) => {
    expect(safeCallbackPath(value)).toBe('/');
  });

  it('keeps a same-origin path with its query and fragment, also when given absolutely', () => {
    expect(safeCallbackPath('/organisations?q=acme#top')).toBe('/organisations?q=acme#top');
    expect(safeCallbackPath('http://localhost:3000/persons/5', 'http://localhost:3000')).toBe('/persons/5');
    expect(safeCallbackPath('organisations')).toBe('/organisations');
  });

  it('falls back to the dashboard for nothing or a list of values', () => {
    expect(safeCallbackPath(undefined)).toBe('/');
    expect(safeCallbackPath('')).toBe('/');
    expect(safeCallbackPath(['/persons', '/x'])).toBe('/persons');
  });
});
