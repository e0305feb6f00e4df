// Heap in use by the running app after one person signs in and opens their task list.
// Usage (app running via ./mvnw spring-boot:run):
//   npm install --no-save playwright-core@1.56.0 && node bench/login-heap.mjs [username]
// Prints a table: heap used before sign-in, after sign-in, and the difference (after a full GC each time).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';

const user = process.argv[2] ?? 'auditor1';
const app = process.env.PA_APP_URL ?? 'http://localhost:8080';

function appPid() {
  const out = execFileSync('jcmd', ['-l']).toString();
  const line = out.split('\n').find(l => l.includes('PracticeAssuranceApplication') || l.includes('practice-assurance'));
  if (!line) throw new Error('No running Practice Assurance JVM found by jcmd -l');
  return line.split(' ')[0];
}

function heapUsedMiB(pid) {
  execFileSync('jcmd', [pid, 'GC.run']);
  const info = execFileSync('jcmd', [pid, 'GC.heap_info']).toString();
  const m = info.match(/used (\d+)K/);
  return Math.round(Number(m[1]) / 1024);
}

const pid = appPid();
const before = heapUsedMiB(pid);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage();
const started = Date.now();
await page.goto(app + '/');
await page.fill('#username', user);
await page.fill('#password', 'demo');
await page.click('#kc-login');
await page.getByRole('heading', { name: 'My tasks' }).waitFor();
const signInMs = Date.now() - started;
const after = heapUsedMiB(pid);
await browser.close();

console.log('| measure | value |');
console.log('| --- | --- |');
console.log(`| heap used before sign-in (MiB) | ${before} |`);
console.log(`| heap used after ${user} signed in, task list shown (MiB) | ${after} |`);
console.log(`| difference (MiB) | ${after - before} |`);
console.log(`| sign-in to task list painted (ms) | ${signInMs} |`);
