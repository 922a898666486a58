#!/usr/bin/env node
// client/ and server/ talk only through shared/: neither may import the other, by package
// name or by relative path.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const forbidden = { client: 'server', server: 'client' };
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

for (const [pkg, other] of Object.entries(forbidden)) {
  for (const file of files(join(root, pkg))) {
    for (const match of readFileSync(file, 'utf8').matchAll(importRe)) {
      const spec = match[1] ?? match[2];
      const target = spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)) : spec;
      if (target === `@dryrun/${other}` || target.startsWith(`@dryrun/${other}/`) || target.startsWith(`${other}/`)) {
        problems.push(`${relative(root, file)} imports ${spec}: ${pkg} may import only @dryrun/shared`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('boundaries ok: client and server import only shared');
