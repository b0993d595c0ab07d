import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../src/output/write.js';

describe('writing large outputs in pieces', () => {
  it('keeps a surrogate pair whole where a 1 MiB piece ends', async () => {
    const piece = 1 << 20;
    // 😀 starts at the last code unit of the first piece and of the second.
    const content = `${'x'.repeat(piece - 1)}😀${'y'.repeat(piece - 2)}😀é€`;
    const path = join(mkdtempSync(join(tmpdir(), 'pieces-')), 'out.txt');
    await writeFilesAtomically([{ path, content }]);
    expect(readFileSync(path, 'utf8')).toBe(content);
    expect(readFileSync(path).length).toBe(Buffer.byteLength(content));
  });
});
