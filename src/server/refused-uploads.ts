import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** How long a refused upload's connection may stay open for the client to read the answer. */
const LINGER_MS = 2000;

/**
 * Closes the connection of a refused upload (413) without reading the rest of it and without
 * losing the answer. Node would drain the request to its end and then close; but a socket closed
 * while unread data waits is reset at once, and the reset throws away the answer still queued. So
 * instead: stop reading, send the answer and a FIN, and close for good when the client hangs up,
 * or after LINGER_MS.
 */
export function closeRefusedUploads(server: Server): void {
  const current = new WeakMap<object, { req: IncomingMessage; res: ServerResponse }>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => current.set(req.socket, { req, res }));
  server.on('connection', (socket) => {
    const destroySoon = socket.destroySoon.bind(socket);
    socket.destroySoon = () => {
      const exchange = current.get(socket);
      if (exchange?.res.statusCode !== 413) return destroySoon();
      // Node has just asked for the rest of the body to be read and thrown away: take that back.
      // A paused request lets its socket stop reading once its small buffer is full.
      setImmediate(() => exchange.req.pause());
      socket.end();
      const timer = setTimeout(() => socket.destroy(), LINGER_MS);
      socket.once('close', () => clearTimeout(timer));
    };
  });
}
