// The console thread's entry (./consolePool.ts): TypeScript loads through tsx, as in the server,
// whether the server was started by node --import tsx or by a test runner with its own loader.
import { register } from "tsx/esm/api";

register();
await import("./consoleWorker.ts");
