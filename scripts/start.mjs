// `npm start`: build the client if it is missing or older than its sources, then serve app + API.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureClientBuilt } from "./clientBuild.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
if (!ensureClientBuilt()) process.exit(1);

const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { cwd: root, stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
