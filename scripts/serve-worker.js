// One production server process: Next's request handler on a plain HTTP server. Run by scripts/serve.ts,
// once or as a cluster worker (the workers then share the port). It hands the app the client address taken
// from the socket (or from a proxy named in TRUSTED_PROXIES), replacing whatever a client sent in that header.
process.env.NODE_ENV = 'production';
process.env.RELATIO_CLIENT_ADDRESS_FROM_SERVER = '1';
const http = require('node:http');
const next = require('next');
const { clientAddressHeader, clientAddressOf, trustedProxies } = require('./client-address');

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const app = next({ dev: false, port, hostname, dir: process.cwd() });
const trust = trustedProxies(process.env.TRUSTED_PROXIES);

app
  .prepare()
  .then(() => {
    const handle = app.getRequestHandler();
    const server = http.createServer((req, res) => {
      req.headers[clientAddressHeader] = clientAddressOf(req, trust) || 'unknown';
      handle(req, res);
    });
    server.keepAliveTimeout = 65_000;
    server.listen(port, hostname, () => {
      if (process.send) process.send({ ready: true });
      else console.log(`Relatio: ready on http://localhost:${port}`);
    });
    const stop = () => server.close(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  })
  .catch((error) => {
    console.error(`Relatio: the server could not start: ${error.message}`);
    process.exit(1);
  });
