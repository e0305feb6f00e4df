// Heap held per signed-in session (issue 12, "Lean sessions"): N people sign in for real through
// the Keycloak login page, each in a browser context of its own, open the page under test and keep it
// open; the app's live heap is read after a full GC with none of them and with all N, and the
// difference is divided by N.
//
// Usage (the app running on this machine, e.g. started by bench/session-heap.sh):
//   npm install --prefix bench --no-save --no-package-lock playwright-core@1.56.0
//   node bench/session-heap.mjs [tasks|dashboards|both] [N] [--users a,b] [--warmup W] [--histo FILE]
//
//   tasks       My tasks, the home route `/` (default user auditor1)
//   dashboards  Dashboards, `/dashboards` (default user qm1; the route allows quality managers,
//               directors, administrators, heads of service and team managers)
//   N           sessions held open at once (default 20)
//   --users     users to sign in, taken in turn (password `demo`)
//   --warmup    sign-ins (signed out again) before the baseline, so that classes, caches and
//               query plans that any first sign-in loads are not counted per session (default 2)
//   --histo     also write the classes whose live bytes grew most, per session, to FILE (markdown)
//
// Environment: PA_APP_URL (default http://localhost:8080), PA_PID (the app's JVM; default: the one
// `jcmd -l` lists as PracticeAssuranceApplication or practice-assurance*.jar), CHROMIUM (default
// /usr/bin/chromium).
//
// Live heap = the "Total" bytes of `jcmd <pid> GC.class_histogram`, which runs a full GC first and
// counts only reachable objects; it is read three times and the smallest kept.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const PAGES = {
  tasks: {
    title: 'My tasks', path: '/', goalKB: 300, users: ['auditor1'],
    view: 'org.practiceassurance.workflow.ui.TaskListView',
    // the heading, then the grid's first page fetched and nothing left to send
    rendered: async page => {
      await page.getByRole('heading', { name: 'My tasks' }).waitFor({ timeout: 120_000 });
      await settled(page);
    },
  },
  dashboards: {
    title: 'Dashboards', path: '/dashboards', goalKB: 1024, users: ['qm1'],
    view: 'org.practiceassurance.insight.ui.DashboardView',
    // the heading, the grades chart drawn, and the last chart's headline written
    rendered: async page => {
      await page.getByRole('heading', { name: 'Dashboards' }).waitFor({ timeout: 120_000 });
      await page.locator('#grades-chart svg').first().waitFor({ timeout: 120_000 });
      await page.locator('#dip-samples-headline').filter({ hasText: /\S/ }).waitFor({ timeout: 120_000 });
      await settled(page);
    },
  },
};

/** Waits until Vaadin has no request under way and no grid is fetching rows, twice 300 ms apart. */
async function settled(page) {
  for (let i = 0; i < 2; i++) {
    await page.waitForFunction(() => {
      const clients = Object.values(window.Vaadin?.Flow?.clients ?? {}).filter(c => typeof c.isActive === 'function');
      return clients.length > 0 && clients.every(c => !c.isActive()) && !document.querySelector('vaadin-grid[loading]');
    }, null, { timeout: 120_000, polling: 100 });
    await page.waitForTimeout(300);
  }
}

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}
const usersOption = option('--users', null);
const warmup = Number(option('--warmup', '2'));
const histoFile = option('--histo', null);
const which = args[0] ?? 'both';
const n = Number(args[1] ?? '20');
if (!(which in PAGES) && which !== 'both') throw new Error(`Unknown page ${which}: tasks, dashboards or both`);
if (!Number.isInteger(n) || n < 1) throw new Error(`N must be a whole number above 0, not ${args[1]}`);
const app = process.env.PA_APP_URL ?? 'http://localhost:8080';

function appPid() {
  if (process.env.PA_PID) return process.env.PA_PID;
  const lines = execFileSync('jcmd', ['-l']).toString().split('\n')
    .filter(l => /PracticeAssuranceApplication|practice-assurance[^ /]*\.jar/.test(l));
  if (lines.length !== 1) {
    throw new Error(`jcmd -l lists ${lines.length} Practice Assurance JVMs; set PA_PID:\n${lines.join('\n')}`);
  }
  return lines[0].split(' ')[0];
}

/** One class histogram (full GC first): total live bytes and bytes per class. */
function histogram(pid) {
  const out = execFileSync('jcmd', [pid, 'GC.class_histogram'], { maxBuffer: 256 * 1024 * 1024 }).toString();
  const classes = new Map();
  let total = null;
  for (const line of out.split('\n')) {
    let m = line.match(/^\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)/);
    if (m) {
      classes.set(m[3], { instances: Number(m[1]), bytes: Number(m[2]) });
      continue;
    }
    m = line.match(/^Total\s+(\d+)\s+(\d+)/);
    if (m) total = Number(m[2]);
  }
  if (total === null) throw new Error('No Total line in GC.class_histogram:\n' + out.slice(0, 2000));
  return { total, classes };
}

/** The smallest of three histograms: background work (jobs, caches) only ever adds to a reading. */
function liveHeap(pid, runs = 3) {
  let best = null;
  for (let i = 0; i < runs; i++) {
    const h = histogram(pid);
    if (best === null || h.total < best.total) best = h;
  }
  return best;
}

async function signIn(browser, spec, user) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  // Asking for the page first: Keycloak's login sends the browser back to it, so the session's only UI
  // is the page under test.
  await page.goto(app + spec.path, { timeout: 120_000 });
  await page.fill('#username', user);
  await page.fill('#password', 'demo');
  await page.click('#kc-login');
  await spec.rendered(page);
  return { context, page };
}

async function signOut({ context, page }) {
  try {
    await page.getByRole('button', { name: 'Sign out' }).click({ timeout: 30_000 });
    // Keycloak ends its session and sends the browser back, and the app, signed out, to the login page
    await page.locator('#username').waitFor({ timeout: 30_000 });
  } catch (e) {
    process.stderr.write(`sign-out not confirmed (the server session then times out): ${e.message.split('\n')[0]}\n`);
  }
  await context.close();
}

const KB = bytes => Math.round(bytes / 1024);

async function measure(browser, pid, key) {
  const spec = PAGES[key];
  const users = usersOption ? usersOption.split(',') : spec.users;
  for (let i = 0; i < warmup; i++) {
    await signOut(await signIn(browser, spec, users[i % users.length]));
  }
  const before = liveHeap(pid);
  const sessions = [];
  const started = Date.now();
  for (let i = 0; i < n; i++) {
    sessions.push(await signIn(browser, spec, users[i % users.length]));
    process.stderr.write(`\r${spec.title}: ${i + 1}/${n} signed in`);
  }
  process.stderr.write(` (${Math.round((Date.now() - started) / 1000)} s)\n`);
  const after = liveHeap(pid);
  for (const s of sessions) await signOut(s);
  const signedOut = liveHeap(pid);
  const perSession = (after.total - before.total) / n;
  return { spec, users, before, after, signedOut, perSession };
}

function grown(from, to, top) {
  const rows = [];
  for (const [name, a] of to.classes) {
    const b = from.classes.get(name) ?? { instances: 0, bytes: 0 };
    rows.push({ name, bytes: (a.bytes - b.bytes) / n, instances: (a.instances - b.instances) / n });
  }
  rows.sort((x, y) => y.bytes - x.bytes);
  return rows.slice(0, top).map(r => `| \`${r.name}\` | ${Math.round(r.bytes)} | ${r.instances.toFixed(1)} |`);
}

function holders(result, top = 25) {
  const head = ['| class | bytes per session | instances per session |', '| --- | ---: | ---: |'];
  return [`### ${result.spec.title}: the classes whose live bytes grew most, per session (N = ${n})`, '',
    ...head, ...grown(result.before, result.after, top), '',
    `### ${result.spec.title}: still held after the N sessions signed out, per session`, '',
    ...head, ...grown(result.before, result.signedOut, 10)].join('\n');
}

const pid = appPid();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const results = [];
try {
  for (const key of which === 'both' ? Object.keys(PAGES) : [which]) results.push(await measure(browser, pid, key));
} finally {
  await browser.close();
}

console.log('| page | N | heap before (KB) | heap after (KB) | per session (KB) | goal | met |');
console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
for (const r of results) {
  const per = KB(r.perSession);
  console.log(`| ${r.spec.title} (${r.users.join(', ')}) | ${n} | ${KB(r.before.total)} | ${KB(r.after.total)} | ${per} | `
    + `≤ ${r.spec.goalKB >= 1024 ? r.spec.goalKB / 1024 + ' MB' : r.spec.goalKB + ' KB'} | ${per <= r.spec.goalKB ? 'met' : 'not met'} |`);
}
console.log('');
// instances per session of the classes whose names match
const held = (r, pattern, at = r.after) => {
  const count = h => [...h.classes].filter(([name]) => pattern.test(name)).reduce((sum, [, c]) => sum + c.instances, 0);
  return (count(at) - count(r.before)) / n;
};
for (const r of results) {
  // a check that each session holds what it should: one UI with the page under test
  const view = r.spec.view.split('.').pop();
  console.log(`${r.spec.title}: per session ${held(r, /^com\.vaadin\.flow\.component\.UI$/)} UI, `
    + `${held(r, /VaadinSession$/)} VaadinSession, ${held(r, new RegExp(`\\.${view}$`))} ${view}; after sign-out `
    + `${held(r, /^com\.vaadin\.flow\.component\.UI$/, r.signedOut)} UI, ${held(r, /VaadinSession$/, r.signedOut)} VaadinSession.`);
  // what stays after sign-out is held by no session (none of their UIs or VaadinSessions remains): buffers,
  // caches and reflection stubs that grew with use; so what signing out frees is the tighter figure per session
  console.log(`${r.spec.title}: live heap after all ${n} signed out again: ${KB(r.signedOut.total)} KB `
    + `(${KB(r.signedOut.total - r.before.total)} KB above the baseline); signing out freed `
    + `${KB((r.after.total - r.signedOut.total) / n)} KB per session.`);
}
if (histoFile) {
  writeFileSync(histoFile, results.map(r => holders(r)).join('\n\n') + '\n');
  console.log(`Biggest holders per session: ${histoFile}`);
}
