// A worker thread starts here: register tsx for this thread, then load the TypeScript module named
// in workerData. Under `npm run bench` the thread would inherit tsx from the main thread, but the
// tests start it from vitest, whose loader threads do not inherit, and Node's own type stripping
// does not take the parameter properties the project's classes use.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.module);
