import { clientAddress } from '@/lib/auth/client-address';
import { clientAddressHeader, clientAddressOf, trustedProxies } from './client-address';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, connection: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as never;

describe('the client address of a request', () => {
  it('is the socket peer, whatever X-Forwarded-For a client sends', () => {
    const none = trustedProxies(undefined);
    expect(clientAddressOf(request('203.0.113.7', '198.51.100.1'), none)).toBe('203.0.113.7');
    expect(clientAddressOf(request('203.0.113.7', '198.51.100.1, 10.0.0.1'), none)).toBe('203.0.113.7');
  });

  it('is the forwarded address when the peer is a proxy named in TRUSTED_PROXIES, skipping trusted hops only', () => {
    const trust = trustedProxies('10.0.0.0/8, 192.168.1.5');
    expect(clientAddressOf(request('10.1.2.3', '198.51.100.1'), trust)).toBe('198.51.100.1');
    expect(clientAddressOf(request('10.1.2.3', '6.6.6.6, 198.51.100.1, 192.168.1.5'), trust)).toBe('198.51.100.1');
    expect(clientAddressOf(request('203.0.113.7', '198.51.100.1'), trust)).toBe('203.0.113.7');
  });

  it('is read by the app only from the header its own server sets', () => {
    const headers = { [clientAddressHeader]: '203.0.113.7', 'x-forwarded-for': '198.51.100.1' };
    expect(clientAddress(headers, { RELATIO_CLIENT_ADDRESS_FROM_SERVER: '1' })).toBe('203.0.113.7');
    expect(clientAddress(headers, {})).toBe('unknown');
    expect(clientAddress({ 'x-forwarded-for': '198.51.100.1' }, { RELATIO_CLIENT_ADDRESS_FROM_SERVER: '1' })).toBe('unknown');
  });
});
