#!/usr/bin/env node
// client/ and server/ talk only through shared/: neither may import the other, by package
// name or by relative path. The client may not import the problem set either: hidden
// tests, reference solutions and guides must never be bundled for a browser.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const forbidden = { client: ['server', 'problems'], server: ['client'] };
const importRe = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const problems = [];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry.name)) yield path;
  }
}

for (const [pkg, others] of Object.entries(forbidden)) {
  for (const file of files(join(root, pkg))) {
    for (const match of readFileSync(file, 'utf8').matchAll(importRe)) {
      const spec = match[1] ?? match[2];
      const target = spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)) : spec;
      for (const other of others) {
        if (target === `@dryrun/${other}` || target.startsWith(`@dryrun/${other}/`) || target.startsWith(`${other}/`)) {
          problems.push(`${relative(root, file)} imports ${spec}: ${pkg} may not import @dryrun/${other}`);
        }
      }
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('boundaries ok: the client imports neither the server nor the problem set; the server not the client');
