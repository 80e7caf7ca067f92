/** A real HTTP collector on 127.0.0.1 (ephemeral port) for the telemetry tests: records bodies, or hangs. */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  url: string;
  contentType: string | undefined;
  body: string;
}

export interface Collector {
  endpoint: string;
  received: Received[];
  close(): Promise<void>;
}

/** `answer`: reply 204 to each request; `hang`: read the request and never answer. */
export async function startCollector(mode: 'answer' | 'hang' = 'answer'): Promise<Collector> {
  const received: Received[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', contentType: request.headers['content-type'], body });
      if (mode === 'answer') response.writeHead(204).end();
      else open.add(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/v1/events`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of open) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
