// Load generator: opens N websocket clients, asks the server for a broadcast, and measures.
//   node load.mjs <url> <clients> <server-pid> [rate=10] [durationMs=10000] [size=100]
// Prints one JSON line with connect time, delivery latency p50/p99, loss, server CPU and RSS.
import { readFileSync } from "node:fs";
import { io } from "socket.io-client";

const [url, clientsArg, pidArg, rateArg = "10", durationArg = "10000", sizeArg = "100"] = process.argv.slice(2);
const clients = Number(clientsArg);
const pid = Number(pidArg);
const rate = Number(rateArg);
const durationMs = Number(durationArg);
const size = Number(sizeArg);
const CONNECT_BATCH = 250;
const CLK_TCK = 100;

const nowMicros = () => Math.round((performance.timeOrigin + performance.now()) * 1000);
const cpuTicks = () => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime + stime
};
const rssMiB = () => {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
  return Number(line.split(/\s+/)[1]) / 1024;
};
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

const sockets = [];
const latencies = [];
let received = 0;
let disconnects = 0;

const connectStart = performance.now();
const connectTimes = [];
for (let i = 0; i < clients; i += CONNECT_BATCH) {
  const batch = [];
  for (let j = i; j < Math.min(clients, i + CONNECT_BATCH); j++) {
    const t0 = performance.now();
    const socket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false, timeout: 60000 });
    socket.on("tick", (tick) => {
      received++;
      latencies.push(nowMicros() - tick.t);
    });
    socket.on("disconnect", () => disconnects++);
    sockets.push(socket);
    batch.push(new Promise((resolve, reject) => {
      socket.once("connect", () => { connectTimes.push(performance.now() - t0); resolve(); });
      socket.once("connect_error", reject);
    }));
  }
  await Promise.all(batch);
}
const connectMs = performance.now() - connectStart;

let peakRss = rssMiB();
const rssSampler = setInterval(() => { peakRss = Math.max(peakRss, rssMiB()); }, 250);
const cpuBefore = cpuTicks();
const benchStart = performance.now();
const result = await sockets[0].timeout(durationMs + 60000).emitWithAck("bench:start", { rate, size, durationMs });
await new Promise((r) => setTimeout(r, 2000)); // let the last ticks arrive
const elapsedS = (performance.now() - benchStart) / 1000;
const cpuPercent = ((cpuTicks() - cpuBefore) / CLK_TCK / elapsedS) * 100;
clearInterval(rssSampler);
peakRss = Math.max(peakRss, rssMiB());

latencies.sort((a, b) => a - b);
connectTimes.sort((a, b) => a - b);
const expected = result.sent * clients;
console.log(JSON.stringify({
  clients,
  connectAllMs: Math.round(connectMs),
  connectP50Ms: Math.round(percentile(connectTimes, 50)),
  connectP99Ms: Math.round(percentile(connectTimes, 99)),
  sentTicks: result.sent,
  expected,
  received,
  lossPercent: Number((((expected - received) / expected) * 100).toFixed(3)),
  p50Ms: Number((percentile(latencies, 50) / 1000).toFixed(2)),
  p99Ms: Number((percentile(latencies, 99) / 1000).toFixed(2)),
  maxMs: Number((latencies[latencies.length - 1] / 1000).toFixed(2)),
  serverCpuPercent: Math.round(cpuPercent),
  serverPeakRssMiB: Math.round(peakRss),
  disconnects,
}));
sockets.forEach((s) => s.close());
process.exit(0);
