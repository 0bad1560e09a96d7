/**
 * The load bench's server process (tests/bench/load.ts forks it): the servers under load live in a
 * process of their own so that autocannon, in the parent, does not share their event loop.
 *
 * It serves, each on an ephemeral loopback port:
 * - `app`: createApp over a memory store (or the Neo4j store) loaded with the graph it is sent,
 *   with the app's own middleware and an info-level logger (written to /dev/null, still serialised);
 * - `bare`: a bare Express handler per key answering a constant body (the app's answer, same size,
 *   same content type): what the machine can do at all for a body of that size;
 * - `cold` (Neo4j only): the same app over the same store with its answer cache off, so that every
 *   request reaches the database (what the store itself costs over the driver);
 * - `driver` (Neo4j only): a bare Express handler that runs one of the store's Cypher files through
 *   neo4j-driver alone and answers the records as JSON.
 *
 * Messages (IPC, structured clone): see `Request` / `Reply`.
 */
import express from "express";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import neo4j, { type Driver } from "neo4j-driver";
import { pino } from "pino";
import type { GraphData } from "../../contract/graph.js";
import { createApp } from "../../server/app.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { createNeo4jStore, type Neo4jConfig } from "../../server/store/neo4j/index.js";
import { toCypherParams } from "../../server/store/neo4j/values.js";
import type { GraphStore } from "../../server/store/port.js";

export type Request =
  | { kind: "serve"; graph: GraphData; neo4j?: Neo4jConfig }
  | { kind: "bare"; key: string; body: Uint8Array; type: string }
  | { kind: "driver"; key: string; text: string; params: Record<string, unknown> }
  | { kind: "stop" };

export type Reply =
  | { kind: "ready"; app: number; bare: number; cold?: number; driver?: number }
  | { kind: "ok" }
  | { kind: "error"; message: string };

const listen = (server: Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));

const servers: Server[] = [];
let store: GraphStore | undefined;
let driver: Driver | undefined;
const bareBodies = new Map<string, { body: Buffer; type: string }>();
const driverQueries = new Map<string, { text: string; params: Record<string, unknown> }>();

async function serve(graph: GraphData, config?: Neo4jConfig): Promise<Reply> {
  // the app's logger at its default level: each request is logged (and serialised) as in production
  const logger = pino({ level: "info", base: undefined }, pino.destination({ dest: "/dev/null", sync: false }));
  if (config) {
    const neo = createNeo4jStore(config);
    await neo.load(graph);
    store = neo;
  } else {
    store = createMemoryStore();
    await store.load(graph);
  }
  // rate limits off: 32 connections from one address are one client flooding, which the limits
  // exist to refuse (tests/api/limits.test.ts); the bench measures what the server can serve
  const app = createServer(createApp({ store, logger, limits: false }));

  const bareApp = express();
  bareApp.get("/bare/:key", (req, res) => {
    const b = bareBodies.get(req.params.key);
    if (!b) return void res.status(404).end();
    res.type(b.type).send(b.body);
  });
  const bare = createServer(bareApp);

  let driverServer: Server | undefined;
  let coldServer: Server | undefined;
  if (config) {
    coldServer = createServer(createApp({ store, logger, cache: false, limits: false }));
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
    const d = driver;
    // a bare Express handler, as for the memory store's comparison: what the store adds, not Express
    const driverApp = express();
    driverApp.get("/q/:key", (req, res) => {
      const q = driverQueries.get(req.params.key);
      if (!q) return void res.status(404).end();
      const session = d.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
      session
        .executeRead((tx) => tx.run(q.text, q.params))
        .then((r) => res.type("application/json").send(JSON.stringify(r.records.map((rec) => rec.toObject()))))
        .catch((e: unknown) => res.status(500).send(String((e as Error).message)))
        .finally(() => void session.close());
    });
    driverServer = createServer(driverApp);
  }
  servers.push(app, bare, ...(driverServer ? [driverServer] : []), ...(coldServer ? [coldServer] : []));
  return {
    kind: "ready",
    app: await listen(app),
    bare: await listen(bare),
    ...(coldServer ? { cold: await listen(coldServer) } : {}),
    ...(driverServer ? { driver: await listen(driverServer) } : {}),
  };
}

async function stop(): Promise<void> {
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
  await driver?.close();
  await store?.close();
}

async function handle(msg: Request): Promise<Reply> {
  switch (msg.kind) {
    case "serve":
      return serve(msg.graph, msg.neo4j);
    case "bare":
      bareBodies.set(msg.key, { body: Buffer.from(msg.body), type: msg.type });
      return { kind: "ok" };
    case "driver":
      driverQueries.set(msg.key, { text: msg.text, params: toCypherParams(msg.params) });
      return { kind: "ok" };
    case "stop":
      await stop();
      return { kind: "ok" };
  }
}

process.on("message", (msg: Request) => {
  handle(msg)
    .then((reply) => {
      process.send?.(reply);
      if (msg.kind === "stop") process.disconnect();
    })
    .catch((e: unknown) => process.send?.({ kind: "error", message: (e as Error).message } satisfies Reply));
});
