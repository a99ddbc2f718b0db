import { connect } from 'node:net';

/**
 * Sends the start of an upload over a real socket and then drops the connection, the way a
 * browser tab that is closed half-way through an upload does. Resolves once the socket is gone.
 */
export async function uploadAndDisconnect(baseUrl: string, path: string, headers: Record<string, string>, part: string, announcedLength: number): Promise<void> {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const head = [
    `POST ${path} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    `Content-Length: ${announcedLength}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    '',
    '',
  ].join('\r\n');
  await new Promise<void>((resolve, reject) => socket.write(head + part, (error) => (error ? reject(error) : resolve())));
  await new Promise<void>((resolve) => {
    socket.once('close', () => resolve());
    socket.destroy();
  });
}
