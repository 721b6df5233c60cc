import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { POPULATION_REGISTER_PATH } from '../auth/http-directory.ts';

/**
 * Stands in for the persons and households subgraphs where record rules ask them (shared
 * http-directory.ts): answers their `_entities` look-ups for Person from fixed facts, so a single
 * subgraph's tests can show the allowed caseworker and household paths, not only the closed ones;
 * and the persons subgraph's register route (POPULATION_REGISTER_PATH), for UNKNOWN_PIN.
 */
export interface DirectoryFacts {
  /** PIN → economic region code. */
  readonly regions: Readonly<Record<string, string>>;
  /** PIN → current members of the person's household, themself included. */
  readonly households: Readonly<Record<string, readonly string[]>>;
  /** PIN → id of the household the person lives in today (optional; absent → no id answered). */
  readonly householdIds?: Readonly<Record<string, string>>;
  /** PINs the register route answers `0` for; every other PIN is registered. */
  readonly unregistered?: readonly string[];
}

export interface DirectoryStub {
  readonly personsUrl: string;
  readonly householdsUrl: string;
  /** Look-up requests received so far (each one batch of representations, or of the register route's PINs). */
  readonly requests: Array<{ path: string; pins: string[]; authorization: string | undefined; query: 'entities' | 'register' }>;
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
      if (req.url === POPULATION_REGISTER_PATH) {
        const asked = raw.split('\n');
        requests.push({ path: req.url, pins: asked, authorization: req.headers.authorization, query: 'register' });
        const unregistered = new Set(facts.unregistered ?? []);
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(asked.map((pin) => (unregistered.has(pin) ? '0' : '1')).join(''));
        return;
      }
      const { variables } = JSON.parse(raw) as { variables: { representations?: Array<{ pin: string }> } };
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
