// The floor of the benchmark: what any generator must at least do, in a fresh
// process. It reads the apidoc, cuts out the `apiSchema` array, JSON.parses it
// and writes it back with JSON.stringify. The array's end is found as the real
// apidocs (and the synthetic ones of lib/synthetic.mjs) write it: `]` at the
// start of a line, then `;`.
//
// Usage: node floor.mjs <apidoc.js> <out.json>
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const text = readFileSync(input, 'utf8');
const start = text.indexOf('[', text.indexOf('apiSchema'));
const end = start + text.slice(start).search(/\n\]\s*;/) + 2;
writeFileSync(output, JSON.stringify(JSON.parse(text.slice(start, end))));
