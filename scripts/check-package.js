#!/usr/bin/env node
/** Checks `npm pack`: what a user needs is there, and nothing else (no tests, sources, maps of demos). */
import { execFileSync } from 'node:child_process';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = pack.files.map((f) => f.path);
const required = ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts', 'dist/timeline.js', 'dist/timeline.d.ts', 'dist/safe-surgery-map.js', 'dist/safe-surgery-map.d.ts', 'cdn/all.js', 'cdn/pledge-form.js', 'dist/pledge-form.js', 'dist/receiver/receiver.js', 'cdn/timeline.js', 'cdn/safe-surgery-map.js', 'schemas/timeline.schema.json', 'schemas/practices.schema.json'];
const forbidden = [/^src\//, /^test\//, /^demo\//, /^stories\//, /^\.storybook\//, /^scripts\//, /^bench\//, /node_modules/, /\.test\./];
const missing = required.filter((f) => !files.includes(f));
const extra = files.filter((f) => forbidden.some((pattern) => pattern.test(f)));
console.log(`npm pack: ${files.length} files, ${(pack.size / 1024).toFixed(1)} kB packed, ${(pack.unpackedSize / 1024).toFixed(1)} kB unpacked`);
if (missing.length) console.error(`Missing from the package: ${missing.join(', ')}`);
if (extra.length) console.error(`Should not be in the package: ${extra.join(', ')}`);
process.exit(missing.length || extra.length ? 1 : 0);
