// The reference: Node's socket.io v4 serving the same bench events as Kilo Guardian's bench profile.
//   node reference-server.mjs <port>
import { Server } from "socket.io";

const port = Number(process.argv[2] ?? 3000);
const io = new Server(port, { cors: { origin: "*" }, maxHttpBufferSize: 1e6 });
const epochMicros = () => Math.round((performance.timeOrigin + performance.now()) * 1000);

io.on("connection", (socket) => {
  socket.on("bench:echo", (...args) => {
    const ack = args.pop();
    if (typeof ack === "function") ack(...args);
  });
  socket.on("bench:start", ({ rate = 10, size = 0, durationMs = 1000 } = {}, ack) => {
    const pad = "x".repeat(size);
    const total = Math.floor((rate * durationMs) / 1000);
    const start = performance.now();
    let sent = 0;
    const emitMs = [];
    // Tick n is due at start + n/rate; a late timer sends every due tick at once (catch up).
    const next = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
      while (sent < due) {
        const before = performance.now();
        io.emit("tick", { seq: sent, t: epochMicros(), pad });
        emitMs.push(performance.now() - before);
        sent++;
      }
      if (sent >= total) {
        // how long one emit to every socket took on the server, as Kilo Guardian's bench reports it
        emitMs.sort((a, b) => a - b);
        const at = (p) => (emitMs.length ? emitMs[Math.min(emitMs.length - 1, Math.floor((p * emitMs.length) / 100))] : 0);
        if (typeof ack === "function") ack({ sent, emitP50Ms: at(50), emitP99Ms: at(99), emitMaxMs: emitMs.at(-1) ?? 0 });
        return;
      }
      setTimeout(next, Math.max(1, start + (sent * 1000) / rate - performance.now()));
    };
    next();
  });
});
console.log(`reference socket.io server on ${port}`);
