// The bare Node baseline: node:http serving one fixed body from memory on every request, with the
// landing page's content type. Spawned by bare.ts in its own process.
//   argv[2]: port, argv[3]: file with the body
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const port = Number(process.argv[2]);
const body = readFileSync(process.argv[3]);
const server = createServer((_req, res) => {
	res.writeHead(200, { 'content-type': 'text/html', 'content-length': body.length });
	res.end(body);
});
server.keepAliveTimeout = 30_000;
server.listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
