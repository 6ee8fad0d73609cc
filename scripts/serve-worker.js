// One production server process: Next's request handler on a plain HTTP server. Run by scripts/serve.ts,
// once or as a cluster worker (the workers then share the port).
process.env.NODE_ENV = 'production';
const http = require('node:http');
const next = require('next');

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const app = next({ dev: false, port, hostname, dir: process.cwd() });

app
  .prepare()
  .then(() => {
    const handle = app.getRequestHandler();
    const server = http.createServer((req, res) => handle(req, res));
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
