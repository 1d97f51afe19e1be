// Scenarios run by the gateway's JUnit tests with the real npm socket.io-client v4:
//   node scenarios.mjs <base-url> <scenario> [transport,transport]
// Each scenario asserts with node:assert; exit code 0 means every assertion held. Lines starting
// with "@" are signals the Java side waits for (e.g. "@connected" before it restarts the server).
import assert from "node:assert/strict";
import { io } from "socket.io-client";
import WebSocket from "ws";

const [base, scenario, transportList = "websocket"] = process.argv.slice(2);
const transports = transportList.split(",");
const options = (extra = {}) => ({ transports, reconnection: false, forceNew: true, ...extra });

const timeout = (ms, what) =>
  new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms));
const once = (emitter, event, ms = 5000) =>
  Promise.race([new Promise((resolve) => emitter.once(event, (...args) => resolve(args))), timeout(ms, event)]);
const connected = async (socket) => {
  if (!socket.connected) {
    const [result] = await Promise.race([
      once(socket, "connect").then(() => [null]),
      once(socket, "connect_error").then(([e]) => { throw e; }),
    ]);
    return result;
  }
};
const silence = (socket, event, ms = 400) =>
  new Promise((resolve, reject) => {
    const fail = () => reject(new Error(`unexpected ${event} on ${socket.id}`));
    socket.once(event, fail);
    setTimeout(() => { socket.off(event, fail); resolve(); }, ms);
  });

const scenarios = {
  // The default namespace talks like the old server: connected {status:"ok"}, ping -> pong {timestamp}.
  async household() {
    const socket = io(base, options({ autoConnect: false }));
    const hello = once(socket, "connected");
    socket.connect();
    const [status] = await hello;
    assert.deepEqual(status, { status: "ok" });
    const pong = once(socket, "pong");
    socket.emit("ping");
    const [{ timestamp }] = await pong;
    assert.ok(!Number.isNaN(Date.parse(timestamp)), `timestamp ${timestamp}`);
    assert.equal(socket.io.engine.transport.name, transports[0]);
    socket.close();
  },

  // Events and acks with JSON and binary arguments, both directions.
  async echo() {
    const socket = io(base + "test", options());
    await connected(socket);
    const args = [1, "2", { 3: [true, null] }, "ünïcødé ✓"];
    const back = once(socket, "echo-back");
    socket.emit("echo", ...args);
    assert.deepEqual(await back, args);
    assert.deepEqual(await socket.timeout(3000).emitWithAck("echo-ack", ...args), 1);

    const bytes = Buffer.from([0, 1, 2, 253, 254, 255]);
    const nested = { label: "blob", data: Buffer.from("hello"), list: [Buffer.from([7]), 8] };
    const binaryBack = once(socket, "echo-back");
    socket.emit("echo", bytes, nested);
    const [gotBytes, gotNested] = await binaryBack;
    assert.ok(Buffer.from(gotBytes).equals(bytes));
    assert.equal(gotNested.label, "blob");
    assert.equal(Buffer.from(gotNested.data).toString(), "hello");
    assert.ok(Buffer.from(gotNested.list[0]).equals(Buffer.from([7])));
    assert.equal(gotNested.list[1], 8);
    const acked = await new Promise((resolve) => socket.emit("echo-ack-all", bytes, "x", (...a) => resolve(a)));
    assert.ok(Buffer.from(acked[0]).equals(bytes));
    assert.equal(acked[1], "x");
    socket.close();
  },

  // The server emits with an ack; the client answers; the server reports what it got.
  async "server-ack"() {
    const socket = io(base + "test", options());
    socket.on("question", (n, callback) => callback({ doubled: n * 2 }, Buffer.from([n])));
    await connected(socket);
    const answer = once(socket, "answer-was");
    socket.emit("server-ack", 21);
    const [reply] = await answer;
    assert.deepEqual(reply[0], { doubled: 42 });
    assert.ok(Buffer.from(reply[1]).equals(Buffer.from([21])));
    // A client that never answers: the server's ack times out and says so.
    socket.off("question");
    socket.on("question", () => {});
    const timedOut = once(socket, "answer-failed", 6000);
    socket.emit("server-ack", 1);
    assert.match((await timedOut)[0], /no ack/);
    socket.close();
  },

  // Rooms: join, leave, emit to a room, broadcast to all but the sender.
  async rooms() {
    const [a, b, c] = [0, 1, 2].map(() => io(base + "test", options()));
    await Promise.all([a, b, c].map(connected));
    await a.timeout(3000).emitWithAck("join", "kitchen");
    await b.timeout(3000).emitWithAck("join", "kitchen");
    let toA = once(a, "in-kitchen"), toB = once(b, "in-kitchen");
    await c.timeout(3000).emitWithAck("to-room", "kitchen", "in-kitchen", { hot: true });
    assert.deepEqual(await toA, [{ hot: true }]);
    assert.deepEqual(await toB, [{ hot: true }]);
    await silence(c, "in-kitchen", 10);

    await b.timeout(3000).emitWithAck("leave", "kitchen");
    toA = once(a, "in-kitchen");
    const notB = silence(b, "in-kitchen");
    await c.timeout(3000).emitWithAck("to-room", "kitchen", "in-kitchen", 2);
    assert.deepEqual(await toA, [2]);
    await notB;

    const toOthersB = once(b, "from-a"), toOthersC = once(c, "from-a");
    const notSelf = silence(a, "from-a");
    a.emit("broadcast-others", "from-a", "hi");
    assert.deepEqual(await toOthersB, ["hi"]);
    assert.deepEqual(await toOthersC, ["hi"]);
    await notSelf;
    [a, b, c].forEach((s) => s.close());
  },

  // Namespaces multiplexed on one connection; unknown namespace and a rejected handshake.
  async namespaces() {
    const main = io(base, { transports, reconnection: false });
    const test = io(base + "test", { transports, reconnection: false });
    await Promise.all([connected(main), connected(test)]);
    assert.equal(main.io, test.io, "one Manager");
    assert.equal(main.io.engine.id, test.io.engine.id, "one Engine.IO session");
    const back = once(test, "echo-back");
    test.emit("echo", "multiplexed");
    assert.deepEqual(await back, ["multiplexed"]);

    const unknown = io(base + "nope", options());
    const [error] = await once(unknown, "connect_error");
    assert.equal(error.message, "Invalid namespace");

    const refused = io(base + "private", options({ auth: { token: "wrong" } }));
    const [denied] = await once(refused, "connect_error");
    assert.equal(denied.message, "not allowed");
    assert.deepEqual(denied.data, { reason: "bad token" });

    const allowed = io(base + "private", options({ auth: { token: "let-me-in" } }));
    // Listen before connecting: the welcome can arrive in the same network read as the CONNECT.
    const welcomed = once(allowed, "welcome");
    await connected(allowed);
    const [welcome] = await welcomed;
    assert.deepEqual(welcome, { token: "let-me-in" });

    // Leaving one namespace keeps the others (and the connection) alive.
    test.disconnect();
    const pong = once(main, "pong");
    main.emit("ping");
    await pong;
    [main, unknown, refused, allowed].forEach((s) => s.close());
  },

  // Polling first, then the upgrade to websocket; traffic keeps flowing.
  async upgrade() {
    const socket = io(base + "test", { transports: ["polling", "websocket"], reconnection: false, forceNew: true });
    await connected(socket);
    if (socket.io.engine.transport.name !== "websocket") {
      await once(socket.io.engine, "upgrade");
    }
    assert.equal(socket.io.engine.transport.name, "websocket");
    const back = once(socket, "echo-back");
    socket.emit("echo", "after upgrade", Buffer.from([9]));
    const [text, bytes] = await back;
    assert.equal(text, "after upgrade");
    assert.ok(Buffer.from(bytes).equals(Buffer.from([9])));
    socket.close();
  },

  // Messages up to maxPayload (1,000,000 bytes) round-trip in both directions, text and binary;
  // a larger one ends that connection only: the server stays healthy for the next one.
  async "big-payload"() {
    const websocket = transports[0] === "websocket";
    const socket = io(base + "test", options());
    await connected(socket);
    for (const size of [100_000, 500_000, 999_000]) {
      const text = "k".repeat(size);
      const back = once(socket, "echo-back", 20000);
      socket.emit("echo", text);
      const [echoed] = await back;
      assert.equal(echoed.length, size, `text of ${size}`);
      // Over polling binary travels as base64 (4/3 larger) inside the same 1,000,000-byte limit.
      const bytes = Buffer.alloc(websocket ? size : Math.floor(size * 0.74), 7);
      const binaryBack = once(socket, "echo-back", 20000);
      socket.emit("echo", bytes);
      const [gotBytes] = await binaryBack;
      assert.ok(Buffer.from(gotBytes).equals(bytes), `binary of ${bytes.length}`);
    }
    const gone = once(socket, "disconnect", 20000);
    socket.emit("echo", "k".repeat(1_100_000));
    const [reason] = await gone;
    assert.match(reason, /^transport (close|error)$/);

    const next = io(base + "test", options());
    await connected(next);
    const back = once(next, "echo-back");
    next.emit("echo", "still healthy");
    assert.deepEqual(await back, ["still healthy"]);
    next.close();

    if (websocket) {
      // The close code, as the reference (ws' maxPayload): 1009, for one big frame, a fragmented
      // message, and binary.
      const closeCode = async (send) => {
        const ws = new WebSocket(base.replace(/^http/, "ws") + "socket.io/?EIO=4&transport=websocket");
        await once(ws, "open");
        const closed = once(ws, "close", 10000);
        send(ws);
        return (await closed)[0];
      };
      assert.equal(await closeCode((ws) => ws.send("4" + "k".repeat(1_100_000))), 1009, "one frame");
      assert.equal(await closeCode((ws) => {
        ws.send("4" + "k".repeat(600_000), { fin: false });
        ws.send("k".repeat(600_000), { fin: true });
      }), 1009, "fragmented");
      assert.equal(await closeCode((ws) => ws.send(Buffer.alloc(1_100_000, 1))), 1009, "binary");
    }
  },

  // Connection state recovery (RecoveryTest's profile: a 3 s window). The TCP connection under the
  // websocket is cut; household events emitted meanwhile arrive once and in order on reconnection,
  // with the same id and rooms; after the window the client gets a fresh session and no replay.
  async recovery() {
    const tablet = io(base, { transports, reconnectionDelay: 1000, reconnectionDelayMax: 1000, randomizationFactor: 0 });
    const got = [];
    tablet.on("notification", (payload) => got.push(payload.n));
    const hello = once(tablet, "connected");
    await connected(tablet);
    const [status, firstOffset] = await hello;
    assert.deepEqual(status, { status: "ok" });
    assert.equal(typeof firstOffset, "string", "events carry their offset as the last argument");
    assert.equal(tablet.recovered, false);
    await tablet.timeout(3000).emitWithAck("test:join", "kitchen");
    const id = tablet.id;
    const control = io(base, options());
    await connected(control);
    const send = (order) => control.timeout(3000).emitWithAck("test:emit", { event: "notification", ...order });
    const cut = async () => {
      const dropped = once(tablet, "disconnect");
      tablet.io.engine.transport.ws._socket.destroy(); // the TCP connection, as a flaky Wi-Fi drops it
      assert.equal((await dropped)[0], "transport close");
      for (let i = 0; i < 50 && (await control.timeout(3000).emitWithAck("test:is-connected", id)); i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
    };

    await cut();
    for (let n = 1; n <= 5; n++) await send({ to: "all", payload: { n } });
    await send({ to: "room", room: "kitchen", payload: { n: 6 } });
    await send({ to: "room", room: "garage", payload: { n: 99 } }); // never reached this socket
    await once(tablet, "connect", 10000);
    assert.equal(tablet.recovered, true);
    assert.equal(tablet.id, id);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(got, [1, 2, 3, 4, 5, 6]);
    await send({ to: "room", room: "kitchen", payload: { n: 7 } }); // the room came back with it
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(got, [1, 2, 3, 4, 5, 6, 7]);

    // Away for longer than the window: a new session, nothing replayed.
    tablet.io.reconnectionDelay(4500);
    tablet.io.reconnectionDelayMax(4500);
    got.length = 0;
    await cut();
    for (let n = 11; n <= 15; n++) await send({ to: "all", payload: { n } });
    await once(tablet, "connect", 15000);
    assert.equal(tablet.recovered, false);
    assert.notEqual(tablet.id, id);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(got, []);
    tablet.close();
    control.close();
  },

  // The server-side emitter bean: to everyone, to a room, to a namespace, with an ack.
  async emitter() {
    const [inRoom, outside] = [0, 1].map(() => io(base, options()));
    const onTest = io(base + "test", options());
    await Promise.all([inRoom, outside, onTest].map(connected));
    await inRoom.timeout(3000).emitWithAck("test:join", "family");

    let x = once(inRoom, "news"), y = once(outside, "news");
    await outside.timeout(3000).emitWithAck("test:emit", { to: "all", event: "news", payload: { n: 1 } });
    assert.deepEqual(await x, [{ n: 1 }]);
    assert.deepEqual(await y, [{ n: 1 }]);

    x = once(inRoom, "news");
    const notOutside = silence(outside, "news");
    await outside.timeout(3000).emitWithAck("test:emit", { to: "room", room: "family", event: "news", payload: { n: 2 } });
    assert.deepEqual(await x, [{ n: 2 }]);
    await notOutside;

    const nsp = once(onTest, "news");
    const notDefault = silence(inRoom, "news");
    await outside.timeout(3000).emitWithAck("test:emit", { to: "namespace", namespace: "/test", event: "news", payload: 3 });
    assert.deepEqual(await nsp, [3]);
    await notDefault;

    await outside.timeout(3000).emitWithAck("test:join", "survey");
    await inRoom.timeout(3000).emitWithAck("test:join", "survey");
    inRoom.on("survey", (q, cb) => cb("yes from room"));
    outside.on("survey", (q, cb) => cb("yes from outside"));
    const answers = await outside.timeout(5000).emitWithAck("test:emit", { to: "room-with-ack", room: "survey", event: "survey", payload: "?" });
    assert.deepEqual([...answers].sort(), [["yes from outside"], ["yes from room"]]);
    [inRoom, outside, onTest].forEach((s) => s.close());
  },

  // Disconnect from either side.
  async disconnect() {
    const socket = io(base + "test", options());
    await connected(socket);
    const reason = once(socket, "disconnect");
    socket.emit("disconnect-me");
    assert.equal((await reason)[0], "io server disconnect");

    const other = io(base + "test", options());
    await connected(other);
    const id = other.id;
    other.disconnect();
    const probe = io(base + "test", options());
    await connected(probe);
    await new Promise((r) => setTimeout(r, 200));
    const [present] = await probe.timeout(3000).emitWithAck("is-connected", id).then((v) => [v]);
    assert.equal(present, false);
    probe.close();
  },

  // The conformance profile's handlers.
  async conformance() {
    const socket = io(base, options({ auth: { token: "123" } }));
    const [auth] = await once(socket, "auth");
    assert.deepEqual(auth, { token: "123" });
    const back = once(socket, "message-back");
    socket.emit("message", 1, "2", { 3: [true] }, Buffer.from([1, 2, 3]));
    const echoed = await back;
    assert.deepEqual(echoed.slice(0, 3), [1, "2", { 3: [true] }]);
    assert.ok(Buffer.from(echoed[3]).equals(Buffer.from([1, 2, 3])));
    const acked = await new Promise((resolve) => socket.emit("message-with-ack", 1, "2", Buffer.from([4]), (...a) => resolve(a)));
    assert.deepEqual(acked.slice(0, 2), [1, "2"]);
    assert.ok(Buffer.from(acked[2]).equals(Buffer.from([4])));
    const custom = io(base + "custom", options({ auth: { custom: true } }));
    const [customAuth] = await once(custom, "auth");
    assert.deepEqual(customAuth, { custom: true });
    // pingInterval 300 ms / pingTimeout 200 ms: a healthy client stays connected through heartbeats.
    await new Promise((r) => setTimeout(r, 1200));
    assert.ok(socket.connected);
    assert.equal(socket.io.engine.pingInterval ?? 300, 300);
    socket.close();
    custom.close();
  },

  // The raw Engine.IO endpoint of the conformance profile echoes text and binary.
  async "raw-engine"() {
    const ws = new WebSocket(base.replace(/^http/, "ws") + "engine.io/?EIO=4&transport=websocket");
    const messages = [];
    const next = () => new Promise((resolve) => {
      if (messages.length) return resolve(messages.shift());
      ws.once("message", () => resolve(messages.shift()));
    });
    ws.on("message", (data, isBinary) => messages.push(isBinary ? Buffer.from(data) : data.toString()));
    await once(ws, "open");
    const open = await next();
    assert.match(open, /^0\{"sid":/);
    assert.deepEqual(JSON.parse(open.slice(1)).upgrades, []);
    ws.send("4hello");
    assert.equal(await next(), "4hello");
    ws.send(Buffer.from([1, 2, 3]));
    assert.ok((await next()).equals(Buffer.from([1, 2, 3])));
    ws.close();
  },

  // The bench events: bench:echo acks its arguments; bench:start broadcasts ticks and acks {sent}
  // with the server's emit timings.
  async bench() {
    const socket = io(base, options());
    await connected(socket);
    assert.deepEqual(await new Promise((r) => socket.emit("bench:echo", 1, "a", (...a) => r(a))), [1, "a"]);
    const ticks = [];
    socket.on("tick", (tick) => ticks.push(tick));
    const [result] = await new Promise((r) => socket.emit("bench:start", { rate: 20, size: 16, durationMs: 500 }, (...a) => r(a)));
    assert.equal(result.sent, 10);
    assert.ok(result.emitP50Ms >= 0 && result.emitP50Ms <= result.emitP99Ms && result.emitP99Ms <= result.emitMaxMs, JSON.stringify(result));
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(ticks.map((t) => t.seq), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.ok(ticks.every((t) => t.pad.length === 16 && Math.abs(Date.now() * 1000 - t.t) < 10_000_000));
    socket.close();
  },

  // Reconnect storm: STORM_CLIENTS (500) stock clients, default reconnection settings and transports.
  // The Java side kills the server (-9) on "@connected" and starts it again; every client must come
  // back by itself, none may give up, and a broadcast after they are back reaches every one.
  async storm() {
    const count = Number(process.env.STORM_CLIENTS ?? 500);
    const sockets = [];
    const ticks = new Map();
    let gaveUp = 0;
    const until = async (condition, ms, what) => {
      const deadline = Date.now() + ms;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const dropped = new Set(); // counted per client: some may be back before others noticed
    let armed = false; // only drops after "@connected" count
    for (let i = 0; i < count; i++) {
      const socket = io(base, { forceNew: true });
      socket.io.on("reconnect_failed", () => gaveUp++);
      socket.on("disconnect", () => { if (armed) dropped.add(socket); });
      socket.on("tick", (tick) => ticks.set(socket, [...(ticks.get(socket) ?? []), tick.seq]));
      sockets.push(socket);
    }
    await until(() => sockets.every((s) => s.connected), 60000, `${count} clients to connect`);
    const firstIds = new Set(sockets.map((s) => s.id));
    armed = true;
    console.log("@connected");
    await until(() => dropped.size === count, 30000, "every client to see the server go").catch((e) => {
      // which clients, on which transport and in which state: this has failed twice on a loaded box
      const left = sockets.filter((s) => !dropped.has(s)).map((s) => {
        const engine = s.io.engine;
        return `${engine?.transport?.name}${engine?.upgrading ? " (upgrading)" : ""} ${engine?.readyState} connected=${s.connected}`;
      });
      throw new Error(`${e.message}: ${left.length} of ${count} did not: ${JSON.stringify(left.slice(0, 10))}`);
    });
    const down = Date.now();
    await until(() => sockets.every((s) => s.connected), 90000, "every client to reconnect");
    console.log(`@reconnected ${Date.now()} ${Date.now() - down}`);
    assert.equal(gaveUp, 0, "no client gave up");
    assert.ok(sockets.every((s) => !firstIds.has(s.id)), "new sessions on the new server");
    ticks.clear();
    const [result] = await sockets[0].timeout(30000).emitWithAck("bench:start", { rate: 20, size: 16, durationMs: 1000 }).then((r) => [r]);
    assert.equal(result.sent, 20);
    await until(() => sockets.every((s) => (ticks.get(s) ?? []).length >= 20), 20000, "every tick at every client");
    const expected = [...Array(20).keys()];
    for (const socket of sockets) assert.deepEqual(ticks.get(socket), expected);
    sockets.forEach((s) => s.close());
  },

  // Reconnection after a server restart: the Java side restarts the server on "@connected".
  async reconnect() {
    const socket = io(base, { transports, reconnectionDelay: 200, reconnectionDelayMax: 1000 });
    await connected(socket);
    const firstId = socket.id;
    console.log("@connected");
    await once(socket, "disconnect", 20000);
    console.log("@disconnected");
    await once(socket, "connect", 60000);
    assert.notEqual(socket.id, firstId);
    console.log("@reconnected");
    socket.close();
  },
};

const run = scenarios[scenario];
if (!run) {
  console.error(`unknown scenario ${scenario}`);
  process.exit(2);
}
Promise.race([run(), timeout(90000, `scenario ${scenario}`)]).then(
  () => { console.log(`@ok ${scenario} ${transports}`); process.exit(0); },
  (error) => { console.error(error); process.exit(1); },
);
