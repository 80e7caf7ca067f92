#!/usr/bin/env node
/**
 * A local collector for trying demo-cli: listens on 127.0.0.1 (port 4319, or PORT) and prints every
 * batch it receives. Loopback only; stop it with Ctrl-C.
 */
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 4319);
let batches = 0;

createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    batches += 1;
    process.stdout.write(`--- batch ${batches}: ${request.method} ${request.url} (${Buffer.byteLength(body)} bytes)\n`);
    try {
      process.stdout.write(`${JSON.stringify(JSON.parse(body), null, 2)}\n`);
    } catch {
      process.stdout.write('(not JSON)\n');
    }
    response.writeHead(204).end();
  });
}).listen(port, '127.0.0.1', () => process.stdout.write(`collector listening on http://127.0.0.1:${port}/events\n`));
