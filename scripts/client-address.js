// The client address of a request as the server sees it: the socket's peer, or — only when that peer is a proxy
// named in TRUSTED_PROXIES — the address that proxy reports in X-Forwarded-For (after the trusted hops).
const proxyaddr = require('proxy-addr');

// The request header in which the server hands the client address to the app; any value a client sends is replaced.
const clientAddressHeader = 'x-relatio-client-address';

// Compiles TRUSTED_PROXIES ("10.0.0.0/8, 192.168.1.5, loopback"); empty or unset trusts no proxy.
function trustedProxies(value) {
  const list = String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return proxyaddr.compile(list);
}

// The client address of a Node request under the given trust.
function clientAddressOf(req, trust) {
  return proxyaddr(req, trust);
}

module.exports = { clientAddressHeader, trustedProxies, clientAddressOf };
