// Runs one of the project's commands with a Node.js new enough: 22.18 or newer, which runs our
// TypeScript as it is (Astro 7 itself needs 22.12).
// An editor's shell may have an older Node (this machine's own is 20): then the Node 24 that
// `bash .ci/serve` or `bash .ci/run` installed is used, and if there is none, one line says what
// to run. Plain JavaScript on purpose: it must run on the old Node to say so.
//   node src/commands/with-node.mjs <script file | package binary> [arguments…]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

const NEEDED = [22, 18];
const newEnough = (version) => {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > NEEDED[0] || (major === NEEDED[0] && minor >= NEEDED[1]);
};

function fail(line) {
  console.error(line);
  process.exit(1);
}

let node = process.execPath;
if (!newEnough(process.version)) {
  // Where .ci/setup.sh puts Node 24 (NODE24_HOME overrides, as there).
  const cached = join(
    process.env.NODE24_HOME ?? join(homedir(), '.cache', 'node24'),
    'node_modules/node/bin/node',
  );
  if (!existsSync(cached)) {
    fail(
      `This project needs Node.js ${NEEDED.join('.')} or newer, and this shell has ${process.version}: ` +
        'run "bash .ci/serve" once (it installs Node 24 for the project), then run this command again.',
    );
  }
  node = cached;
}

const [command, ...args] = process.argv.slice(2);
if (!command) fail('Usage: node src/commands/with-node.mjs <script file | package binary> [arguments…]');
const script = existsSync(command) ? command : join('node_modules', '.bin', command);
if (!existsSync(script)) {
  fail(`${script} is missing: install the project's packages first with "npm ci" (or "bash .ci/serve").`);
}

// Whatever the command starts (npm, npx, node) finds the same Node first on PATH.
const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
const child = spawn(node, [script, ...args], { stdio: 'inherit', env });
// Ctrl+C reaches the command too (same terminal); let it finish and report its own exit.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
