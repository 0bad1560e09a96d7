// `npm run neo4j:start` / `npm run neo4j:stop`: a local Neo4j 5.26 (community) without Docker,
// in-process on Java 17 through org.neo4j.test:neo4j-harness (tests/neo4j, see its README.md).
//
// start: builds tests/neo4j if needed (Maven), launches the JVM detached, waits until Bolt accepts
//   connections, then prints exactly three lines on stdout, ready for
//   `eval "$(npm run -s neo4j:start)"`:
//     NEO4J_URI=bolt://127.0.0.1:<port>
//     NEO4J_USER=neo4j
//     NEO4J_PASSWORD=<password>
//   Everything else goes to stderr. Already running: prints the same three lines.
// stop: SIGTERM, wait, SIGKILL; removes the data folder (unless NEO4J_DATA_DIR named it) and the
//   state file. Exit 0 if not running.
//
// NEO4J_DATA_DIR=<folder>: keep the data there between starts (created if absent): a later start
//   with the same folder serves the same graph, so `npm start` need not import again. Without it
//   each start has a new, empty database in a temporary folder.
//
// Environment: NEO4J_PASSWORD (default: generated), NEO4J_BOLT_PORT (default: a free port),
// NEO4J_HEAP (512m: imports run in bounded batches, so even a 100× corpus loads within it), NEO4J_PAGECACHE (256m), NEO4J_START_TIMEOUT (seconds, 180),
// NEO4J_JAVA_OPTS (extra JVM flags), NEO4J_CDS (0: no class-data-sharing archive), JAVA_HOME.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = path.join(root, "tests", "neo4j");
const pom = path.join(dir, "pom.xml");
const target = path.join(dir, "target");
const jar = path.join(target, "local-neo4j.jar");
const lib = path.join(target, "lib");
const jsa = path.join(target, "local-neo4j.jsa"); // class-data-sharing archive: faster JVM start
const stateFile = path.join(target, "neo4j.state.json");
const readyFile = path.join(target, "neo4j.ready.json");
const logFile = path.join(target, "neo4j.log");
const lockFile = path.join(target, "neo4j.lock"); // one start/stop at a time (parallel CI steps)
const DATA_PREFIX = "chain-atlas-neo4j-";

const rel = (p) => path.relative(process.cwd(), p) || ".";
const info = (msg) => process.stderr.write(`neo4j: ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Failure extends Error {}
const fail = (msg) => {
  throw new Failure(msg);
};

function harnessVersion() {
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pom, "utf8"));
  return m ? m[1] : "5.26";
}

function readState() {
  try {
    return JSON.parse(readFileSync(stateFile, "utf8"));
  } catch {
    return null;
  }
}

function writeState(state) {
  mkdirSync(target, { recursive: true });
  writeFileSync(stateFile, JSON.stringify(state, null, 2) + "\n", { mode: 0o600 });
}

function alive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** Alive and really our JVM (guards against a recycled pid). */
function ours(pid) {
  if (!alive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("local-neo4j.jar");
  } catch {
    const r = spawnSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" });
    return r.status === 0 ? r.stdout.includes("local-neo4j.jar") : true;
  }
}

function tcpOpen(port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** Only ever delete a data folder this launcher created (never a kept one, NEO4J_DATA_DIR). */
function removeDataDir(dataDir, kept) {
  if (!dataDir || kept) return;
  const resolved = path.resolve(dataDir);
  if (path.dirname(resolved) !== path.resolve(os.tmpdir()) || !path.basename(resolved).startsWith(DATA_PREFIX)) {
    info(`not removing unexpected data folder ${resolved}`);
    return;
  }
  rmSync(resolved, { recursive: true, force: true });
}

function cleanupFiles(state) {
  removeDataDir(state?.dataDir, state?.keptData);
  for (const f of [stateFile, readyFile, `${readyFile}.tmp`]) rmSync(f, { force: true });
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal); // detached: the JVM leads its own process group
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* gone */
    }
  }
}

function printCredentials(port, password) {
  process.stdout.write(`NEO4J_URI=bolt://127.0.0.1:${port}\nNEO4J_USER=neo4j\nNEO4J_PASSWORD=${password}\n`);
}

function javaBin() {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, "bin", "java") : "java";
}

function checkJava() {
  const r = spawnSync(javaBin(), ["-version"], { encoding: "utf8" });
  if (r.error) fail(`java not found (${javaBin()}): Java 17 or newer is required`);
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  const major = m ? (m[1] === "1" ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17) fail(`Java 17 or newer is required (found: ${m ? m[0] : "unknown version"})`);
}

function newestMtime(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

async function buildIfNeeded() {
  const built = existsSync(jar) && existsSync(lib) && readdirSync(lib).length > 0;
  const jarTime = built ? statSync(jar).mtimeMs : 0;
  const pomChanged = built && statSync(pom).mtimeMs > jarTime;
  if (built && !pomChanged && newestMtime(path.join(dir, "src")) <= jarTime) return;
  if (pomChanged) rmSync(lib, { recursive: true, force: true }); // drop jars of an older version
  rmSync(jsa, { force: true });
  const fresh = !existsSync(path.join(os.homedir(), ".m2", "repository", "org", "neo4j", "neo4j"));
  info(
    `building the launcher: mvn package in ${rel(dir)}` +
      (fresh ? " (first run: downloads about 190 MB from Maven Central)" : ""),
  );
  const t0 = Date.now();
  const output = [];
  const code = await new Promise((resolve) => {
    const mvn = spawn("mvn", ["-q", "-B", "-f", pom, "package"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    mvn.stdout.on("data", (d) => output.push(d));
    mvn.stderr.on("data", (d) => output.push(d));
    const ticker = setInterval(() => info(`still building… ${Math.round((Date.now() - t0) / 1000)} s`), 15000);
    mvn.once("error", (e) => {
      clearInterval(ticker);
      resolve(e.code === "ENOENT" ? "ENOENT" : e.message);
    });
    mvn.once("close", (c) => {
      clearInterval(ticker);
      resolve(c);
    });
  });
  if (code === "ENOENT") fail("mvn not found: Maven 3.8 or newer is required to build tests/neo4j");
  // Maven 3.8 prints bare ANSI resets even with -q; keep only real text.
  // eslint-disable-next-line no-control-regex -- the escape character is what this strips
  const text = Buffer.concat(output).toString("utf8").replace(/\x1b\[[0-9;]*m/g, "").trim();
  if (code !== 0 || !existsSync(jar)) {
    if (text) process.stderr.write(text + "\n");
    fail(`maven build failed (exit ${code}); rerun: mvn -f ${rel(pom)} package`);
  }
  info(`built in ${Date.now() - t0} ms`);
}

/** A real Bolt round trip when neo4j-driver is installed; otherwise the TCP check must do. */
async function loadDriver() {
  try {
    const mod = await import("neo4j-driver");
    return mod.default ?? mod;
  } catch {
    return null;
  }
}

async function boltReturns1(driverMod, port, password) {
  const driver = driverMod.driver(`bolt://127.0.0.1:${port}`, driverMod.auth.basic("neo4j", password), {
    connectionTimeout: 5000,
    maxConnectionPoolSize: 1,
    logging: { level: "error", logger: () => {} },
  });
  try {
    const { records } = await driver.executeQuery("RETURN 1 AS one");
    return Number(records[0].get("one")) === 1;
  } catch {
    return false;
  } finally {
    await driver.close().catch(() => {});
  }
}

function lastLogError() {
  try {
    const lines = readFileSync(logFile, "utf8").split("\n").map((l) => l.trim());
    const hit = lines.reverse().find((l) => /error:|Exception|Error\b/.test(l) && !l.startsWith("at "));
    return hit ? hit.slice(0, 300) : "";
  } catch {
    return "";
  }
}

function jvmArgs(cdsMode) {
  const args = [
    `-Xmx${process.env.NEO4J_HEAP || "512m"}`,
    "-XX:+ExitOnOutOfMemoryError",
    "-XX:-OmitStackTraceInFastThrow",
    // What Neo4j's own launcher passes on Java 17:
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dlog4j2.disable.jmx=true",
  ];
  if (cdsMode === "use") args.push(`-XX:SharedArchiveFile=${jsa}`);
  if (cdsMode === "dump") args.push(`-XX:ArchiveClassesAtExit=${jsa}`);
  if (cdsMode) args.push("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  const extra = (process.env.NEO4J_JAVA_OPTS || "").trim();
  return extra ? args.concat(extra.split(/\s+/)) : args;
}

/** "use" a class-data-sharing archive made by an earlier run, or "dump" one when this JVM exits. */
function cdsMode() {
  if (process.env.NEO4J_CDS === "0") return null;
  if (existsSync(jsa) && statSync(jsa).mtimeMs > statSync(jar).mtimeMs) return "use";
  // On CI (a fresh machine each time) writing the archive only makes the stop slower.
  if (process.env.CI && process.env.NEO4J_CDS !== "1") return null;
  return "dump";
}

async function start() {
  const timeoutMs = Number(process.env.NEO4J_START_TIMEOUT || 180) * 1000;
  const version = harnessVersion();

  const previous = readState();
  if (previous) {
    if (previous.port && ours(previous.pid) && (await tcpOpen(previous.port))) {
      info(`already running (pid ${previous.pid}, bolt://127.0.0.1:${previous.port})`);
      printCredentials(previous.port, previous.password);
      return;
    }
    if (ours(previous.pid)) {
      fail(`a previous start (pid ${previous.pid}) is not ready; run npm run neo4j:stop first`);
    }
    info(`removing stale state of pid ${previous.pid}`);
    cleanupFiles(previous);
  }

  let password = process.env.NEO4J_PASSWORD;
  if (password === undefined || password === "") password = randomBytes(18).toString("base64url");
  else if (password.length < 8 || password === "neo4j") fail("NEO4J_PASSWORD must have at least 8 characters and not be 'neo4j'");
  else if (/[\r\n]/.test(password)) fail("NEO4J_PASSWORD must be one line");

  let port = 0;
  if (process.env.NEO4J_BOLT_PORT) {
    port = Number(process.env.NEO4J_BOLT_PORT);
    if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`NEO4J_BOLT_PORT is not a port: ${process.env.NEO4J_BOLT_PORT}`);
    if (await tcpOpen(port)) fail(`port ${port} (NEO4J_BOLT_PORT) is already in use on 127.0.0.1`);
  }

  checkJava();
  await buildIfNeeded();

  const keptData = Boolean(process.env.NEO4J_DATA_DIR);
  const dataDir = keptData ? path.resolve(process.env.NEO4J_DATA_DIR) : mkdtempSync(path.join(os.tmpdir(), DATA_PREFIX));
  if (keptData) info(`data kept in ${rel(dataDir)} (NEO4J_DATA_DIR)`);
  rmSync(readyFile, { force: true });
  const cds = cdsMode();
  const log = openSync(logFile, "w");
  const t0 = Date.now();
  const dataArgs = ["--data-dir", dataDir, ...(keptData ? ["--keep-data"] : [])];
  const child = spawn(javaBin(), [...jvmArgs(cds), "-jar", jar, ...dataArgs, "--ready-file", readyFile], {
    cwd: dir,
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, NEO4J_PASSWORD: password, NEO4J_BOLT_PORT: String(port) },
  });
  closeSync(log);
  let exited = null;
  child.once("exit", (code, signal) => (exited = signal ?? `exit ${code}`));
  child.once("error", (e) => (exited = e.message));
  child.unref();
  const pid = child.pid;
  const state = { pid, port: null, password, dataDir, keptData, logFile, version, cds, startedAt: new Date().toISOString() };
  if (pid) writeState(state);

  const abort = async (msg) => {
    if (pid) {
      killGroup(pid, "SIGKILL");
      const until = Date.now() + 5000;
      while (alive(pid) && Date.now() < until) await sleep(50);
    }
    cleanupFiles(state);
    fail(msg);
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(sig, () => {
      if (pid) killGroup(pid, "SIGKILL");
      cleanupFiles(state);
      rmSync(lockFile, { force: true });
      process.stderr.write(`error: interrupted (${sig}); Neo4j stopped\n`);
      process.exit(1);
    });
  }

  info(`starting Neo4j ${version} (community, neo4j-harness) pid ${pid ?? "?"}; log ${rel(logFile)}`);
  const driverMod = await loadDriver();
  let nextReport = t0 + 15000;
  let readyPort = null;
  for (;;) {
    if (exited !== null) {
      await sleep(200); // let the log flush
      const why = lastLogError();
      await abort(`Neo4j exited during start-up (${exited})${why ? `: ${why}` : ""}; see ${rel(logFile)}`);
    }
    if (Date.now() - t0 > timeoutMs) {
      await abort(`Neo4j was not ready after ${timeoutMs / 1000} s (NEO4J_START_TIMEOUT); see ${rel(logFile)}`);
    }
    if (readyPort === null && existsSync(readyFile)) {
      try {
        readyPort = JSON.parse(readFileSync(readyFile, "utf8")).port;
      } catch {
        /* being written */
      }
    }
    if (readyPort !== null && (await tcpOpen(readyPort)) && (!driverMod || (await boltReturns1(driverMod, readyPort, password)))) {
      break;
    }
    if (Date.now() >= nextReport) {
      info(`waiting for Bolt… ${Math.round((Date.now() - t0) / 1000)} s`);
      nextReport += 15000;
    }
    await sleep(100);
  }
  const startupMs = Date.now() - t0;
  writeState({ ...state, port: readyPort, startupMs });
  info(
    `ready on bolt://127.0.0.1:${readyPort} in ${startupMs} ms (JVM launch → Bolt ready, ` +
      `${driverMod ? "checked with RETURN 1" : "TCP check; install neo4j-driver for a RETURN 1 check"}` +
      `${cds === "use" ? ", class-data archive" : ""})`,
  );
  printCredentials(readyPort, password);
}

async function stop() {
  const state = readState();
  if (!state) {
    info("not running (no state file)");
    cleanupFiles(null);
    return;
  }
  const { pid, port } = state;
  if (!ours(pid)) {
    info(`not running (pid ${pid} is gone); removed its state`);
    cleanupFiles(state);
    return;
  }
  const t0 = Date.now();
  if (state.cds === "dump") info("writing the class-data archive for faster starts (once, a few seconds)");
  process.kill(pid, "SIGTERM");
  const graceMs = 60000;
  while (alive(pid) && Date.now() - t0 < graceMs) await sleep(100);
  if (alive(pid)) {
    info(`pid ${pid} still alive after ${graceMs / 1000} s; SIGKILL`);
    killGroup(pid, "SIGKILL");
    while (alive(pid) && Date.now() - t0 < graceMs + 10000) await sleep(100);
    if (alive(pid)) fail(`could not stop pid ${pid}`);
  }
  if (port) {
    const until = Date.now() + 5000;
    while ((await tcpOpen(port, 300)) && Date.now() < until) await sleep(100);
  }
  cleanupFiles(state);
  info(`stopped (pid ${pid}) in ${Date.now() - t0} ms`);
}

/** Run fn holding tests/neo4j/target/neo4j.lock; waits while another live start/stop holds it. */
async function withLock(fn) {
  mkdirSync(target, { recursive: true });
  const t0 = Date.now();
  let nextReport = t0 + 15000;
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
    let holder;
    let age;
    try {
      holder = Number(readFileSync(lockFile, "utf8"));
      age = Date.now() - statSync(lockFile).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    if ((holder && !alive(holder)) || (!holder && age > 5000)) {
      rmSync(lockFile, { force: true }); // left by a launcher that died
      continue;
    }
    if (Date.now() - t0 > 300000) fail(`another neo4j:start/stop (pid ${holder}) holds ${rel(lockFile)}`);
    if (Date.now() >= nextReport) {
      info(`waiting for another neo4j:start/stop (pid ${holder})…`);
      nextReport += 15000;
    }
    await sleep(200);
  }
  try {
    return await fn();
  } finally {
    try {
      if (readFileSync(lockFile, "utf8") === String(process.pid)) rmSync(lockFile, { force: true });
    } catch {
      /* already gone */
    }
  }
}

const command = process.argv[2];
const commands = { start, stop };
if (!commands[command]) {
  process.stderr.write("usage: node scripts/neo4j.mjs start|stop\n");
  process.exit(2);
}
try {
  await withLock(commands[command]);
  process.exit(0);
} catch (e) {
  process.stderr.write(`error: ${e instanceof Failure ? e.message : e?.stack || e}\n`);
  process.exit(1);
}
