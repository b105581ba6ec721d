// A stand-in for the pipeline worker, speaking the same protocol: what it does with an input is
// written in the input itself, so that tests can make a worker crash, hang or run out of memory.
import { parentPort, workerData } from "node:worker_threads";

if (workerData?.settings?.format === "html") throw new Error("this worker cannot start");
const hold = [];
let received = 0;
parentPort.on("message", (task) => {
  received++;
  const text = new TextDecoder().decode(new Uint8Array(task.buffer));
  const reply = (output) => parentPort.postMessage({ type: "result", id: task.id, result: { outcome: "ok", output, debug: [] } });
  const [verb, arg] = text.split(":");
  if (verb === "exit") process.exit(3);
  if (verb === "throw") setImmediate(() => { throw new Error("boom"); });
  else if (verb === "hang") for (;;);
  else if (verb === "oom") for (;;) hold.push(new Array(1e5).fill(Math.random()));
  else if (verb === "count") reply(`count ${received}\n`);
  else if (verb === "sleep") setTimeout(() => reply(`${text} ${task.buffer.byteLength}\n`), Number(arg));
  else reply(`${text} ${task.buffer.byteLength}\n`);
});
parentPort.postMessage({ type: "ready" });
