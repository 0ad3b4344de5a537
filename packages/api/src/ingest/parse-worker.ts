// Entry of a parse thread (see parse-pool.ts): answers each { id, job } message with { id, reply }.
import { parentPort } from "node:worker_threads";
import { runParseJob, type ParseJob } from "./parse-job";

const port = parentPort;
if (!port) throw new Error("parse-worker.ts runs as a worker thread");
port.on("message", (message: { id: number; job: ParseJob }) => {
  void runParseJob(message.job).then((reply) =>
    // The document's buffer is handed over, not copied.
    port.postMessage(
      { id: message.id, reply },
      reply.status === "parsed" ? [reply.json.buffer] : [],
    ),
  );
});
