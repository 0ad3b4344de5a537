import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";

/** A Node handler served on a free loopback port for a test. */
export interface Listening {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1 at a port the system picks; errors become 500 answers. */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void,
): Promise<Listening> {
  const server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string")
    throw new Error("the test server has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
