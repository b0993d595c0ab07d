// Synthetic apidocs for the growth figures: the real tree repeated `factor`
// times, each copy under renamed top-level paths (`/nodes` becomes
// `/nodes-copy2`, `/nodes/{node}` becomes `/nodes-copy2/{node}`), so that every
// endpoint stays distinct. The 1x file is written the same way, so that 8x is
// compared with a file of the same formatting rather than with the original.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The api schema of an apidoc, cut out as floor.mjs does. */
export function readApiSchema(path) {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf('[', text.indexOf('apiSchema'));
  const end = start + text.slice(start).search(/\n\]\s*;/) + 2;
  return JSON.parse(text.slice(start, end));
}

function renamed(node, suffix) {
  const copy = { ...node, path: node.path.replace(/^\/[^/]*/, (top) => `${top}${suffix}`) };
  if (node.children) copy.children = node.children.map((child) => renamed(child, suffix));
  return copy;
}

/** Writes `<dir>/<name>-<factor>x.js` and returns its path. */
export function writeSynthetic(tree, factor, dir, name) {
  const copies = [];
  for (let k = 1; k <= factor; k++) {
    copies.push(...(k === 1 ? tree : tree.map((node) => renamed(node, `-copy${k}`))));
  }
  const path = join(dir, `${name}-${factor}x.js`);
  // Indented like the viewer's own file, which Perl's JSON module writes with three spaces.
  writeFileSync(path, `const apiSchema = ${JSON.stringify(copies, null, 3)}\n;\n`);
  return path;
}
