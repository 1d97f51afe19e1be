// The household's sockets of several logins, with the real npm socket.io-client v4, for
// PersonRoomsNpmTest:  node person-rooms.mjs <base-url> <transport> <name>=<token>...
// Prints "@connected" once every socket is in, then "@got <name> <event> <json>" for each
// notification and kilo_alert, until every socket has seen "person-rooms:done" (the server sends
// it to everyone after the reminders, so anything meant for a socket has arrived by then).
import { io } from "socket.io-client";

const [base, transport, ...logins] = process.argv.slice(2);
const timeout = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms));

const sockets = logins.map((login) => {
  const [name, token] = login.split("=");
  const socket = io(base, { transports: [transport], reconnection: false, forceNew: true, auth: { token } });
  for (const event of ["notification", "kilo_alert"]) {
    socket.on(event, (payload) => console.log(`@got ${name} ${event} ${JSON.stringify(payload)}`));
  }
  const greeted = new Promise((resolve, reject) => {
    socket.once("connected", resolve);
    socket.once("connect_error", (error) => reject(new Error(`${name}: ${error.message}`)));
  });
  const done = new Promise((resolve) => socket.once("person-rooms:done", resolve));
  return { name, socket, greeted, done };
});

try {
  await Promise.race([Promise.all(sockets.map((s) => s.greeted)), timeout(10000, "every socket's greeting")]);
  console.log("@connected");
  await Promise.race([Promise.all(sockets.map((s) => s.done)), timeout(30000, "person-rooms:done on every socket")]);
  console.log(`@ok person-rooms ${transport}`);
  sockets.forEach((s) => s.socket.close());
  process.exit(0);
} catch (error) {
  console.log(`@failed ${error.message}`);
  process.exit(1);
}
