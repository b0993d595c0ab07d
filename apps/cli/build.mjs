// Bundles the command line into dist/: dependencies included, so that starting
// it reads a few files instead of resolving a tree of modules. `cli.js` is the
// one entry that users run; `generate-worker.js` is what `generate all` starts
// in each worker thread. Each command's work is a chunk beside them, loaded by
// import() when that command runs, so that `--version` or an output-cache hit
// does not load the emitter, the YAML library or swagger-parser. The chunks
// lie in dist/ itself, beside the entries, so that `new URL('./x.js',
// import.meta.url)` means the same file from any of them.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));

// Chunk names carry a content hash: chunks of an earlier build would pile up.
rmSync(new URL('dist/', import.meta.url), { recursive: true, force: true });

/**
 * esbuild assigns a module to the chunks of every entry (static or import())
 * from which it can reach that module, following every import of each file,
 * used or not. Core's index re-exports all of core, so an import from
 * '@proxmox-openapi/core' in the smallest command would make the emitter,
 * the regex translator and acorn part of what `cli.js` loads at start. This
 * plugin rewrites the CLI's own imports from core into imports of the core
 * modules that define the names, as listed by core's compiled index; a name
 * not found there keeps its import from the index. Type-only imports are
 * dropped, as TypeScript would drop them.
 */
const coreModules = {
  name: 'core-modules',
  setup(build) {
    const index = fileURLToPath(import.meta.resolve('@proxmox-openapi/core'));
    const src = fileURLToPath(new URL('src/', import.meta.url));
    // Exported name -> the module that defines it and its name there.
    const origin = new Map();
    for (const [, names, from] of readFileSync(index, 'utf8').matchAll(
      /export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g,
    )) {
      for (const specifier of names.split(',').map((n) => n.trim())) {
        if (specifier === '' || specifier.startsWith('type ')) continue;
        const [local, exported = local] = specifier.split(/\s+as\s+/);
        origin.set(exported, { file: resolve(dirname(index), from), local });
      }
    }
    const importFromCore = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*'@proxmox-openapi\/core';/g;
    const rewrite = (_, typeOnly, specifiers) => {
      if (typeOnly) return '';
      const byFile = new Map();
      for (const specifier of specifiers.split(',').map((s) => s.trim())) {
        if (specifier === '' || specifier.startsWith('type ')) continue;
        const [name, as = name] = specifier.split(/\s+as\s+/);
        const found = origin.get(name);
        const file = found?.file ?? '@proxmox-openapi/core';
        const local = found?.local ?? name;
        byFile.set(file, [...(byFile.get(file) ?? []), local === as ? as : `${local} as ${as}`]);
      }
      return [...byFile]
        .map(([file, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(file)};`)
        .join('\n');
    };
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!args.path.startsWith(src)) return undefined;
      const code = await readFile(args.path, 'utf8');
      return { contents: code.replace(importFromCore, rewrite), loader: 'ts' };
    });
  },
};

const result = await build({
  entryPoints: { cli: 'src/cli.ts', 'generate-worker': 'src/generate-worker.ts' },
  outdir: 'dist',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: {
    // Bundled CommonJS dependencies may still call require(). The hashbang comes from cli.ts.
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  define: { __VERSION__: JSON.stringify(version) },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [coreModules],
  // CLI_METAFILE=<file> writes esbuild's account of what each output holds.
  metafile: process.env.CLI_METAFILE !== undefined,
});
if (result.metafile) writeFileSync(process.env.CLI_METAFILE, JSON.stringify(result.metafile));
