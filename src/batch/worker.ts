// A pool worker: loads the pipeline once, warms it up, then serves inputs one at a time.
import { parentPort, workerData } from "node:worker_threads";
import { loadJob, WARM_UP } from "./job.js";
import type { TaskMessage, WorkerData, WorkerMessage } from "./protocol.js";

const port = parentPort;
if (!port) throw new Error("the batch worker runs only as a worker thread");
const { settings } = workerData as WorkerData;
const job = await loadJob(settings);
await job(WARM_UP);
const post = (m: WorkerMessage): void => port.postMessage(m);
port.on("message", (task: TaskMessage) => {
  void job({
    kind: "input",
    source: task.source,
    bytes: new Uint8Array(task.buffer),
    ...(task.format === undefined ? {} : { format: task.format }),
    ...(task.referenceDate === undefined ? {} : { referenceDate: task.referenceDate }),
  }).then((result) => post({ type: "result", id: task.id, result }));
});
post({ type: "ready" });
