import type { HttpMethod } from '../model.js';

/**
 * An operation id made from the method and path alone, so that it stays the
 * same when the tree is reordered or endpoints are added elsewhere:
 * `GET /nodes/{node}/qemu/{vmid}/config` gives `getNodesNodeQemuVmidConfig`.
 */
export function operationIdFor(method: HttpMethod, path: string): string {
  let id = method.toLowerCase();
  for (const word of path.split(/[^A-Za-z0-9]+/)) {
    if (word) id += word[0]!.toUpperCase() + word.slice(1);
  }
  return id;
}

/**
 * Makes ids unique. Two paths can only collide when they differ in punctuation
 * alone (`/a/{b}` and `/a/b`); the later path in code-point order gets `_2`,
 * `_3`..., which depends on the set of paths, not on the tree's order.
 */
export function assignOperationIds(operations: { method: HttpMethod; path: string }[]): string[] {
  const ids = operations.map((op) => operationIdFor(op.method, op.path));
  const groups = new Map<string, number[]>();
  ids.forEach((id, index) => {
    const group = groups.get(id);
    if (group) group.push(index);
    else groups.set(id, [index]);
  });
  for (const [id, indexes] of groups) {
    if (indexes.length < 2) continue;
    indexes.sort((a, b) => compare(operations[a]!.path, operations[b]!.path));
    indexes.forEach((index, rank) => {
      if (rank > 0) ids[index] = `${id}_${rank + 1}`;
    });
  }
  return ids;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
