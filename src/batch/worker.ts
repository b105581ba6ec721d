// A pool worker: loads the pipeline once, warms it up, then serves inputs one at a time, in the
// order they came. The pool sends the next input while one runs, so that none waits between two.
import { parentPort, workerData } from "node:worker_threads";
import { loadJob, WARM_UP } from "./job.js";
import type { TaskMessage, WorkerData, WorkerMessage } from "./protocol.js";

const port = parentPort;
if (!port) throw new Error("the batch worker runs only as a worker thread");
const { settings } = workerData as WorkerData;
const job = await loadJob(settings);
await job(WARM_UP);
const post = (m: WorkerMessage): void => port.postMessage(m);
// The pool times the first input it sent as the running one: inputs run strictly one after the other.
const waiting: TaskMessage[] = [];
let running = false;
async function drain(): Promise<void> {
  running = true;
  for (let task = waiting.shift(); task; task = waiting.shift()) {
    const result = await job({
      kind: "input",
      source: task.source,
      bytes: new Uint8Array(task.buffer),
      ...(task.format === undefined ? {} : { format: task.format }),
      ...(task.referenceDate === undefined ? {} : { referenceDate: task.referenceDate }),
    });
    post({ type: "result", id: task.id, result });
  }
  running = false;
}
port.on("message", (task: TaskMessage) => {
  waiting.push(task);
  if (!running) void drain();
});
post({ type: "ready" });
