// Holds N Socket.IO clients (websocket, authenticated with a token as the household's scripts are)
// on the server and reads the server's resident memory once they are all connected. Prints one JSON line.
//   node sockets.mjs <url> <token> <server-pid> [clients=1000]
import { readFileSync } from "node:fs";
import { io } from "socket.io-client";

const [url, token, pid, clientsArg = "1000"] = process.argv.slice(2);
const rssMiB = () => Math.round(Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)[1]) / 1024);
const sockets = [];
const started = performance.now();
for (let i = 0; i < Number(clientsArg); i += 50) {
  const batch = [];
  for (let j = i; j < Math.min(Number(clientsArg), i + 50); j++) {
    const socket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false, timeout: 60000, auth: { token } });
    sockets.push(socket);
    batch.push(new Promise((resolve, reject) => { socket.once("connect", resolve); socket.once("connect_error", reject); }));
  }
  await Promise.all(batch);
}
const connectMs = Math.round(performance.now() - started);
await new Promise((r) => setTimeout(r, 3000)); // let the server settle (buffers, the first young collection)
console.log(JSON.stringify({ clients: sockets.length, connectMs, rssMiB: rssMiB() }));
sockets.forEach((s) => s.close());
process.exit(0);
