import { clientAddressHeader } from '@/scripts/client-address';

// The client address of a sign-in request: the one the Relatio server put in its header (taken from the socket,
// or from a trusted proxy). A server started any other way cannot see the socket, and counts every request as
// coming from one unknown address; X-Forwarded-For from a client is never believed.
export function clientAddress(headers: Record<string, unknown> | undefined, env: Record<string, string | undefined> = process.env): string {
  const value = headers?.[clientAddressHeader];
  return env.RELATIO_CLIENT_ADDRESS_FROM_SERVER === '1' && typeof value === 'string' && value ? value : 'unknown';
}
