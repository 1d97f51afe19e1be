// Connect latency of a server that has just started (issue 17, item 4): waves of websocket clients
// opened at a steady rate, each timed from io() to its "connect" (Engine.IO open + Socket.IO CONNECT).
//   node fresh-connect.mjs <url> [clients=1000] [rate=500] [waves=3]
// The first wave meets the cold server; the last one shows the same server warm. Prints one JSON line.
import { io } from "socket.io-client";

const [url, clientsArg = "1000", rateArg = "500", wavesArg = "3"] = process.argv.slice(2);
const clients = Number(clientsArg), rate = Number(rateArg), waves = Number(wavesArg);
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const round = (ms) => Math.round(ms * 10) / 10;

const wave = () => new Promise((resolve) => {
  const latencies = [], sockets = [];
  let opened = 0, failed = 0;
  const done = () => { if (latencies.length + failed === clients) resolve({ latencies, failed, sockets }); };
  const start = performance.now();
  const timer = setInterval(() => {
    const due = Math.min(clients, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
    for (; opened < due; opened++) {
      const t0 = performance.now();
      const socket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false, timeout: 60000 });
      socket.once("connect", () => { latencies.push(performance.now() - t0); done(); });
      socket.once("connect_error", () => { failed++; done(); });
      sockets.push(socket);
    }
    if (opened >= clients) clearInterval(timer);
  }, 2);
});

const results = [];
for (let w = 1; w <= waves; w++) {
  const { latencies, failed, sockets } = await wave();
  latencies.sort((a, b) => a - b);
  results.push({ wave: w, p50Ms: round(percentile(latencies, 50)), p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? NaN), failed });
  sockets.forEach((s) => s.close());
  await new Promise((r) => setTimeout(r, 1000));
}
console.log(JSON.stringify({ clients, rate, waves: results }));
process.exit(0);
