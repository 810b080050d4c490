#!/usr/bin/env node
// Set-up that `npm test` and `npm start` run first, on whatever Node is on the PATH (plain JS, no
// dependencies): installs the locked dependencies when node_modules is missing or older than
// package-lock.json, so a fresh clone needs nothing but `npm test` or `npm start`.
// Usage: node scripts/setup.mjs [--java]
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'node_modules', '.intake-setup-stamp');
const lock = readFileSync(join(root, 'package-lock.json'));
const want = createHash('sha256').update(lock).digest('hex');
const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`setup: '${cmd} ${args.join(' ')}' failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

if (want !== have || !existsSync(join(root, 'node_modules', '.bin', 'node'))) {
  console.error('setup: installing the locked dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, want + '\n');
}

if (process.argv.includes('--java')) {
  let ok;
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    ok = true;
  } catch {
    ok = false;
  }
  if (!ok) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot) {
      console.error('setup: DynamoDB Local needs Java 17+. Install it (Debian/Ubuntu: sudo apt-get install -y default-jre-headless) and run again.');
      process.exit(1);
    }
    console.error('setup: installing a Java runtime for DynamoDB Local (apt-get install default-jre-headless)…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'default-jre-headless']);
  }
}
