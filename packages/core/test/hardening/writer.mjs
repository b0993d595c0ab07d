// A generator stand-in for the write tests: writes the same outputs over and
// over with content that names its writer and round, so that a reader can tell
// a whole file from a partial or mixed one. Usage: writer.mjs <id> <rounds> <bytes> <path>...
import { writeFilesAtomically } from '../../dist/lib/output/write.js';

const [id, rounds, bytes, ...paths] = process.argv.slice(2);
for (let round = 0; round < Number(rounds); round++) {
  const files = paths.map((path) => ({ path, content: content(id, round, Number(bytes)) }));
  await writeFilesAtomically(files);
  if (round === 0) process.stdout.write('ready\n');
}

function content(writer, round, size) {
  const header = `${writer}:${round}:${size}\n`;
  return header + writer.repeat(size - header.length);
}
