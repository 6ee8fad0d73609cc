import { refusalPrefix, refusedRequestMessage } from './action-guard';

describe('a request the server refused before running it', () => {
  it('is recognised from the error Next throws for a text answer, and gives the message to show', () => {
    expect(refusedRequestMessage(new Error(`${refusalPrefix}errors.requestTooLarge`))).toBe('errors.requestTooLarge');
  });

  it('is not confused with other errors', () => {
    expect(refusedRequestMessage(new Error('An unexpected response was received from the server.'))).toBeNull();
    expect(refusedRequestMessage('relatio-refusal:x')).toBeNull();
    expect(refusedRequestMessage(undefined)).toBeNull();
  });
});
