// Worker threads do not inherit tsx's loader on Node 20, so a worker starts here: register tsx for
// this thread, then load the TypeScript module named in workerData.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.module);
