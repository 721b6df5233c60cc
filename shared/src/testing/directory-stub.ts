import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stands in for the persons and households subgraphs where record rules ask them (shared
 * http-directory.ts): answers their `_entities` look-ups for Person from fixed facts, so a single
 * subgraph's tests can show the allowed caseworker and household paths, not only the closed ones.
 */
export interface DirectoryFacts {
  /** PIN → economic region code. */
  readonly regions: Readonly<Record<string, string>>;
  /** PIN → current members of the person's household, themself included. */
  readonly households: Readonly<Record<string, readonly string[]>>;
  /** PINs `personsExist` answers false for; every other PIN is registered. */
  readonly unregistered?: readonly string[];
  /** PIN → id of the household the person lives in today (optional; absent → no id answered). */
  readonly householdIds?: Readonly<Record<string, string>>;
}

export interface DirectoryStub {
  readonly personsUrl: string;
  readonly householdsUrl: string;
  /** Look-up requests received so far (each one batch of representations, or of `personsExist` PINs). */
  readonly requests: Array<{ path: string; pins: string[]; authorization: string | undefined; query: 'entities' | 'personsExist' }>;
  close(): Promise<void>;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return body;
};

export const startDirectoryStub = async (facts: DirectoryFacts): Promise<DirectoryStub> => {
  const requests: DirectoryStub['requests'] = [];
  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const { query, variables } = JSON.parse(raw) as { query: string; variables: { representations?: Array<{ pin: string }>; pins?: string[] } };
      if (query.includes('personsExist')) {
        const asked = variables.pins ?? [];
        requests.push({ path: req.url ?? '', pins: asked, authorization: req.headers.authorization, query: 'personsExist' });
        const unregistered = new Set(facts.unregistered ?? []);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { personsExist: asked.map((pin) => !unregistered.has(pin)) } }));
        return;
      }
      const pins = (variables.representations ?? []).map((r) => r.pin);
      requests.push({ path: req.url ?? '', pins, authorization: req.headers.authorization, query: 'entities' });
      const entities = pins.map((pin) => {
        if (req.url === '/households') {
          const members = facts.households[pin];
          return { household: members ? { id: facts.householdIds?.[pin], members: members.map((m) => ({ person: { pin: m } })) } : null };
        }
        const region = facts.regions[pin];
        return { address: region ? { region: { code: region } } : null };
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { _entities: entities } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    personsUrl: `${base}/persons`,
    householdsUrl: `${base}/households`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
};
