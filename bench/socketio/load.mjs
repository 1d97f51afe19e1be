// Load generator: opens N websocket clients (spread over worker processes), asks the server for a
// broadcast, and measures.
//   node load.mjs <url> <clients> <server-pid> [rate=10] [durationMs=10000] [size=100]
//   BENCH_WORKERS=2 (client processes; the controller is a separate socket in this process)
// Prints one JSON line: connect time, delivery latency p50/p99/max, loss, server CPU and peak RSS.
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { io } from "socket.io-client";

const nowMicros = () => Math.round((performance.timeOrigin + performance.now()) * 1000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (process.env.LOAD_WORKER) {
  // Worker: connect its share of clients, count ticks and their latency, report on request.
  const { url, count } = JSON.parse(process.env.LOAD_WORKER);
  const sockets = [];
  let latencies = [];
  let sentAt = []; // the tick's send time, beside each latency
  let pings = []; // when a heartbeat ping arrived
  let received = 0;
  let disconnects = 0;
  const connectTimes = [];
  for (let i = 0; i < count; i += 100) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + 100); j++) {
      const t0 = performance.now();
      const socket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false, timeout: 120000 });
      socket.on("tick", (tick) => { received++; latencies.push(nowMicros() - tick.t); sentAt.push(tick.t); });
      socket.io.on("open", () => socket.io.engine.on("ping", () => pings.push(nowMicros())));
      socket.on("disconnect", () => disconnects++);
      sockets.push(socket);
      batch.push(new Promise((resolve, reject) => {
        socket.once("connect", () => { connectTimes.push(performance.now() - t0); resolve(); });
        socket.once("connect_error", reject);
      }));
    }
    await Promise.all(batch);
  }
  process.send({ type: "connected", connectTimes });
  process.on("disconnect", () => process.exit(0)); // the parent is gone: do not linger
  process.on("message", (message) => {
    if (message === "count") process.send({ type: "count", received });
    if (message === "cpu") { const u = process.cpuUsage(); process.send({ type: "cpu", micros: u.user + u.system }); }
    if (message === "reset") { received = 0; latencies = []; sentAt = []; pings = []; process.send({ type: "reset" }); }
    if (message === "report") process.send({ type: "report", received, latencies, sentAt, pings, disconnects });
    if (message === "exit") { sockets.forEach((s) => s.close()); process.exit(0); }
  });
} else {
  const [url, clientsArg, pidArg, rateArg = "10", durationArg = "10000", sizeArg = "100"] = process.argv.slice(2);
  const clients = Number(clientsArg);
  const pid = Number(pidArg);
  const rate = Number(rateArg);
  const durationMs = Number(durationArg);
  const size = Number(sizeArg);
  const workerCount = Math.min(clients, Number(process.env.BENCH_WORKERS ?? 2));
  const CLK_TCK = 100;
  const cpuTicks = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return { user: Number(fields[11]), system: Number(fields[12]) }; // utime, stime
  };
  const rssMiB = () => Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)[1]) / 1024;
  const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

  const workers = [];
  const ask = (worker, message, type) => new Promise((resolve) => {
    const listener = (reply) => { if (reply.type === type) { worker.off("message", listener); resolve(reply); } };
    worker.on("message", listener);
    if (message) worker.send(message);
  });
  const connectStart = performance.now();
  const connected = [];
  for (let w = 0; w < workerCount; w++) {
    const count = Math.floor(clients / workerCount) + (w < clients % workerCount ? 1 : 0);
    const worker = fork(new URL(import.meta.url).pathname, [], { env: { ...process.env, LOAD_WORKER: JSON.stringify({ url, count }) } });
    workers.push(worker);
    connected.push(ask(worker, null, "connected"));
  }
  const connectTimes = (await Promise.all(connected)).flatMap((r) => r.connectTimes).sort((a, b) => a - b);
  const connectMs = performance.now() - connectStart;
  const controller = io(url, { transports: ["websocket"], forceNew: true, reconnection: false });
  await new Promise((resolve) => controller.once("connect", resolve));
  const total = async () => (await Promise.all(workers.map((w) => ask(w, "count", "count")))).reduce((a, r) => a + r.received, 0);
  // Wait until the expected ticks are in, or nothing more arrives for 5 s (the rest is lost).
  const drain = async (expected) => {
    let last = -1, quietSince = performance.now();
    while (performance.now() - quietSince < 5000) {
      const now = await total();
      if (now >= expected) return;
      if (now !== last) { last = now; quietSince = performance.now(); }
      await sleep(200);
    }
  };

  // Warm-up, not counted: BENCH_WARMUP_MS (60 s) of the same broadcast. A JIT needs it, the JVM more
  // than V8, and it must span two heartbeats (every socket is pinged 25 s after it connected, then
  // every 25 s): with 3 s, the first heartbeats fell into the measured window and the JVM compiled
  // their code path there, 0.7-1.5 s of C2 CPU on a shared 2-core box, which was most of its p99.
  // The measured window (30 s) still holds one heartbeat of every socket, compiled.
  const warmupMs = Number(process.env.BENCH_WARMUP_MS ?? 60000);
  // A server that cannot keep up may drop the controller's own socket: report that run as failed
  // (one JSON line, like a result) instead of dying on the rejected acknowledgement.
  const broadcast = (ms) => controller.timeout(ms + 120000).emitWithAck("bench:start", { rate, size, durationMs: ms }).catch((e) => {
    console.log(JSON.stringify({ clients, failed: `the controller's socket was lost during the broadcast (${e.message})` }));
    process.exit(3);
  });
  const warmup = await broadcast(warmupMs);
  await drain(warmup.sent * clients);
  await Promise.all(workers.map((w) => ask(w, "reset", "reset")));

  let peakRss = rssMiB();
  const rssSampler = setInterval(() => { peakRss = Math.max(peakRss, rssMiB()); }, 250);
  const clientCpuMicros = async () => (await Promise.all(workers.map((w) => ask(w, "cpu", "cpu")))).reduce((a, r) => a + r.micros, 0);
  const clientCpuBefore = await clientCpuMicros();
  const cpuBefore = cpuTicks();
  const benchStart = performance.now();
  const result = await broadcast(durationMs);
  const cpuAfter = cpuTicks();
  const benchSeconds = (performance.now() - benchStart) / 1000;
  const clientCpuPercent = ((await clientCpuMicros()) - clientCpuBefore) / 1e6 / benchSeconds * 100;
  const percentOf = (ticks) => (ticks / CLK_TCK / benchSeconds) * 100;
  const cpuPercent = percentOf(cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system);
  const expected = result.sent * clients;
  await drain(expected);
  clearInterval(rssSampler);
  peakRss = Math.max(peakRss, rssMiB());

  const reports = await Promise.all(workers.map((w) => ask(w, "report", "report")));
  const received = reports.reduce((a, r) => a + r.received, 0);
  const latencies = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
  // Of the slowest 1 %, the share in ticks sent while heartbeats went on (a ping 200 ms before to
  // 100 ms after): how much of the tail the heartbeat path makes, e.g. while a JIT still compiles it.
  const pingTimes = reports.flatMap((r) => r.pings).sort((a, b) => a - b);
  const duringHeartbeats = (t) => {
    let lo = 0, hi = pingTimes.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (pingTimes[mid] < t - 200000) lo = mid + 1; else hi = mid; }
    return lo < pingTimes.length && pingTimes[lo] < t + 100000;
  };
  const p99Micros = percentile(latencies, 99);
  let tail = 0, tailDuringHeartbeats = 0;
  for (const r of reports) r.latencies.forEach((l, i) => { if (l > p99Micros) { tail++; if (duringHeartbeats(r.sentAt[i])) tailDuringHeartbeats++; } });
  console.log(JSON.stringify({
    clients,
    workers: workerCount,
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
    heartbeatTailPercent: tail ? Math.round((tailDuringHeartbeats / tail) * 100) : 0,
    // the server's own time to hand one tick to every socket (not counting the network and clients)
    serverEmitP50Ms: Number(Number(result.emitP50Ms ?? NaN).toFixed(2)),
    serverEmitP99Ms: Number(Number(result.emitP99Ms ?? NaN).toFixed(2)),
    serverEmitMaxMs: Number(Number(result.emitMaxMs ?? NaN).toFixed(2)),
    serverCpuPercent: Math.round(cpuPercent),
    serverSystemCpuPercent: Math.round(percentOf(cpuAfter.system - cpuBefore.system)), // the kernel's share, for loopback mostly TCP
    // all client processes together, in % of one core: on a shared box they compete with the server
    clientCpuPercent: Math.round(clientCpuPercent),
    serverPeakRssMiB: Math.round(peakRss),
    disconnects: reports.reduce((a, r) => a + r.disconnects, 0),
  }));
  workers.forEach((w) => w.send("exit"));
  controller.close();
  setTimeout(() => process.exit(0), 500);
}
