// Seeds a household through the app's own REST API (so every build is seeded the same way, whatever
// its schema): 10 medications, 30 daily habits with a year of history (each day done with a
// probability of 0.7), and 10,000 transactions over the last year by CSV import, 2,000 rows a file
// (one import of 10,000 rows ran out of its 60 s transaction on a busy 2-core box).
//   node seed.mjs <url> <token> [transactions=10000] [habits=30] [meds=10]
// Prints one JSON line with what it made and how long it took.
const [url, token, txArg = "10000", habitsArg = "30", medsArg = "10"] = process.argv.slice(2);
const auth = { Authorization: `Bearer ${token}` };
const started = performance.now();

async function call(method, path, body) {
  const response = await fetch(url + path, {
    method, headers: { ...auth, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

// a fixed pseudo-random sequence: every seeded database holds the same household
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const day = (offset) => new Date(Date.now() - offset * 86400000).toISOString().slice(0, 10);

for (let i = 1; i <= Number(medsArg); i++) {
  await call("POST", "/api/meds", { name: `Medication ${i}`, dosage: `${i * 5} mg`, form: "tablet",
    times: i % 2 ? ["08:00"] : ["08:00", "20:00"], stock: 60 });
}

const habitIds = [];
for (let i = 1; i <= Number(habitsArg); i++) {
  habitIds.push((await call("POST", "/api/habits", { name: `Habit ${i}`, schedule: { type: "daily" } })).id);
}
const completions = [];
for (const id of habitIds) for (let d = 1; d <= 365; d++) if (random() < 0.7) completions.push([id, day(d)]);
let next = 0;
await Promise.all(Array.from({ length: 8 }, async () => {
  while (next < completions.length) {
    const [id, date] = completions[next++];
    await call("POST", `/api/habits/${id}/completions`, { date });
  }
}));

const payees = ["Supermarket", "Landlord", "Railway", "Bistro", "Power company", "Bakery", "Pharmacy"];
const rows = [];
for (let i = 0; i < Number(txArg); i++) {
  const payee = payees[Math.floor(random() * payees.length)];
  const amount = (random() < 0.1 ? 1 : -1) * (1 + Math.floor(random() * 20000) / 100);
  rows.push(`${day(1 + Math.floor(random() * 365))},${payee} ${i},${amount.toFixed(2)},${payee},bench-${i}`);
}
let importedRows = 0;
for (let from = 0; from < rows.length; from += 2000) {
  const form = new FormData();
  const csv = ["Date,Description,Amount,Payee,Reference", ...rows.slice(from, from + 2000)].join("\n") + "\n";
  form.append("file", new Blob([csv], { type: "text/csv" }), "bench.csv");
  const imported = await fetch(`${url}/api/financial/imports?dryRun=false`, { method: "POST", headers: auth, body: form });
  if (!imported.ok) throw new Error(`import: ${imported.status} ${(await imported.text()).slice(0, 500)}`);
  importedRows += (await imported.json()).imported;
}

console.log(JSON.stringify({ medications: Number(medsArg), habits: habitIds.length, completions: completions.length,
  transactions: importedRows, seconds: Math.round((performance.now() - started) / 100) / 10 }));
