// Reconnect storm (issue 17, item 5): N stock clients (default options: polling then websocket,
// default reconnection), spread over worker processes. run.sh kills the server with -9 when this
// prints "@connected" and starts it again; this waits until every client is back, then asks for a
// broadcast and counts what arrives.
//   node storm.mjs <url> <clients>     BENCH_WORKERS=2
// Prints "@connected", then "@reconnected <epoch ms>" and one JSON line.
import { fork } from "node:child_process";
import { io } from "socket.io-client";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (process.env.STORM_WORKER) {
  const { url, count } = JSON.parse(process.env.STORM_WORKER);
  const sockets = [];
  let gaveUp = 0, ticks = 0;
  let counting = false;
  const droppedWhileCounting = new Set(); // lost their connection during the measured broadcast
  const ticksOf = new Map();
  const dropped = new Set(); // sockets that lost their connection since "@connected"
  let armed = false;
  for (let i = 0; i < count; i++) {
    const socket = io(url, { forceNew: true });
    socket.io.on("reconnect_failed", () => gaveUp++);
    socket.on("disconnect", () => { if (armed) dropped.add(socket); if (counting) droppedWhileCounting.add(socket); });
    socket.on("tick", () => { ticks++; ticksOf.set(socket, (ticksOf.get(socket) ?? 0) + 1); });
    sockets.push(socket);
  }
  // A fast server (Node restarts in a fraction of a second) has some clients back before others
  // noticed it was gone, so "down" and "back" are counted per client, not as a moment.
  const state = () => ({ type: "state", connected: sockets.filter((s) => s.connected).length, dropped: dropped.size,
    back: sockets.filter((s) => s.connected && dropped.has(s)).length, gaveUp, ticks,
    steady: sockets.length - droppedWhileCounting.size,
    steadyTicks: sockets.filter((s) => !droppedWhileCounting.has(s)).reduce((a, s) => a + (ticksOf.get(s) ?? 0), 0) });
  process.on("disconnect", () => process.exit(0));
  process.on("message", async (message) => {
    if (message === "state") process.send(state());
    if (message === "arm") { armed = true; process.send({ type: "armed" }); }
    if (message === "reset") { ticks = 0; ticksOf.clear(); counting = true; process.send({ type: "reset" }); }
    if (message === "broadcast") {
      const result = await sockets.find((s) => s.connected).timeout(60000).emitWithAck("bench:start", { rate: 10, size: 16, durationMs: 3000 });
      process.send({ type: "broadcast", sent: result.sent });
    }
    if (message === "exit") { sockets.forEach((s) => s.close()); process.exit(0); }
  });
} else {
  const [url, clientsArg] = process.argv.slice(2);
  const clients = Number(clientsArg);
  const workerCount = Math.min(clients, Number(process.env.BENCH_WORKERS ?? 2));
  const workers = [];
  for (let w = 0; w < workerCount; w++) {
    const count = Math.floor(clients / workerCount) + (w < clients % workerCount ? 1 : 0);
    workers.push(fork(new URL(import.meta.url).pathname, [], { env: { ...process.env, STORM_WORKER: JSON.stringify({ url, count }) } }));
  }
  const ask = (worker, message, type) => new Promise((resolve) => {
    const listener = (reply) => { if (reply.type === type) { worker.off("message", listener); resolve(reply); } };
    worker.on("message", listener);
    worker.send(message);
  });
  const totals = async () => (await Promise.all(workers.map((w) => ask(w, "state", "state"))))
    .reduce((a, s) => ({ connected: a.connected + s.connected, dropped: a.dropped + s.dropped, back: a.back + s.back,
      gaveUp: a.gaveUp + s.gaveUp, ticks: a.ticks + s.ticks, steady: a.steady + (s.steady ?? 0), steadyTicks: a.steadyTicks + (s.steadyTicks ?? 0) }),
      { connected: 0, dropped: 0, back: 0, gaveUp: 0, ticks: 0, steady: 0, steadyTicks: 0 });
  const waitFor = async (condition, ms) => {
    const deadline = Date.now() + ms;
    let t;
    while (!condition((t = await totals()))) {
      if (Date.now() > deadline) return t;
      await sleep(50);
    }
    return t;
  };
  const fail = (what, t) => {
    console.log(JSON.stringify({ clients, failed: what, connected: t.connected, gaveUp: t.gaveUp }));
    workers.forEach((w) => w.send("exit"));
    setTimeout(() => process.exit(1), 500);
    return new Promise(() => {}); // never resumes: the process exits
  };
  let t = await waitFor((t) => t.connected === clients, 300000);
  if (t.connected !== clients) await fail("connect", t);
  await Promise.all(workers.map((w) => ask(w, "arm", "armed")));
  console.log("@connected");
  t = await waitFor((t) => t.dropped === clients, 60000);
  if (t.dropped !== clients) await fail("server never went away", t);
  const down = Date.now();
  const back = await waitFor((t) => t.back === clients, 120000);
  if (back.back !== clients) await fail("reconnect within 120 s", back);
  const backAt = Date.now();
  console.log(`@reconnected ${backAt}`);
  await Promise.all(workers.map((w) => ask(w, "reset", "reset")));
  const { sent } = await ask(workers[0], "broadcast", "broadcast");
  const expected = sent * clients;
  const after = await waitFor((t) => t.ticks >= expected, 30000);
  // Loss counts the clients that stayed connected through the broadcast; a client that lost its
  // connection meanwhile (a heartbeat missed on an overloaded box) is reported apart.
  const steadyExpected = sent * after.steady;
  console.log(JSON.stringify({ clients, reconnected: back.back, gaveUp: after.gaveUp, backAfterDownMs: backAt - down,
    backAtMs: backAt, expectedTicks: expected, receivedTicks: after.ticks,
    droppedDuringBroadcast: clients - after.steady,
    lossPercent: Number((((steadyExpected - after.steadyTicks) / steadyExpected) * 100).toFixed(3)) }));
  workers.forEach((w) => w.send("exit"));
  setTimeout(() => process.exit(0), 500);
}
