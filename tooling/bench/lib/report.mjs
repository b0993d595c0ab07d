// The benchmark's results as text tables for stdout.
import { STAGES } from './stages.mjs';

const ms = (value) => (value === undefined ? '-' : value.toFixed(1));
const ratio = (value) => (value === undefined ? '-' : value.toFixed(2));

function table(header, rows) {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [
    line(all[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
  ].join('\n');
}

export function formatResults(results) {
  const ids = Object.keys(results.products);
  const scale = results.settings.scale;
  const out = [];
  out.push(
    `proxmox-openapi benchmark (${results.settings.mode}): node ${results.machine.node}, ` +
      `${results.machine.cpus} CPUs, load ${results.machine.loadavg.map((l) => l.toFixed(1)).join(' ')}, ` +
      `usage by ${results.machine.usageTool}; medians of ${results.settings.runs} runs`,
  );

  out.push('', `Stages, in process (ms, wall and CPU; growth ${scale}x/1x in CPU time)`);
  const perProduct = (pick) => ids.flatMap((id) => pick(results.products[id]));
  out.push(
    table(
      [
        'stage',
        ...ids.flatMap((id) => [`${id} wall`, `${id} cpu`]),
        ...ids.map((id) => `${id} ${scale}x/1x`),
      ],
      [
        ...STAGES.map(([stage, what]) => [
          `${stage} (${what})`,
          ...perProduct((r) => [ms(r.stages[stage]), ms(r.cpuStages[stage])]),
          ...ids.map((id) => ratio(results.products[id].growth.stageRatios[stage])),
        ]),
        [
          'pipeline (all but patterns)',
          ...perProduct((r) => [ms(r.pipelineMs), ms(r.pipelineCpuMs)]),
          ...ids.map((id) => ratio(results.products[id].growth.pipelineRatio)),
        ],
        [
          'generate, output-cache hit',
          ...perProduct((r) => [ms(r.cacheHitMs), '']),
          ...ids.map(() => ''),
        ],
        [
          'yaml library instead (one run)',
          ...perProduct((r) => [ms(r.yamlLibraryMs), '']),
          ...ids.map(() => ''),
        ],
      ],
    ),
  );

  out.push('', 'Whole process, fresh node each run');
  const rows = [];
  for (const id of ids) {
    for (const [name, figure] of Object.entries(results.products[id].process)) {
      rows.push([
        id,
        name,
        ms(figure.wallMs),
        ms(figure.cpuMs),
        ms(figure.rssMiB),
        ratio(figure.wallRatio),
        ratio(figure.cpuRatio),
      ]);
    }
  }
  out.push(
    table(['product', 'run', 'wall ms', 'cpu ms', 'peak MiB', 'wall/floor', 'cpu/floor'], rows),
  );

  out.push('', `Growth: synthetic apidoc ${scale}x against the same written 1x`);
  out.push(
    table(
      [
        'product',
        'input 1x MB',
        `input ${scale}x MB`,
        'floor ratio',
        'generate ratio',
        'peak MiB',
        'worst stage',
      ],
      ids.map((id) => {
        const g = results.products[id].growth;
        return [
          id,
          (g.bytes1x / 1e6).toFixed(1),
          (g.bytesNx / 1e6).toFixed(1),
          ratio(g.floorRatio),
          ratio(g.generateRatio),
          ms(g.generateNx.rssMiB),
          `${g.worstStage} ${ratio(g.stageRatios[g.worstStage])}`,
        ];
      }),
    ),
  );

  const p = results.parallel;
  out.push('', 'Both products: in parallel against one after the other');
  out.push(
    table(
      ['how', 'serial ms', 'parallel ms', 'parallel/serial'],
      p.map((row) => [row.how, ms(row.serialMs), ms(row.parallelMs), ratio(row.ratio)]),
    ),
  );

  out.push('', 'Incremental re-emit of one changed endpoint (estimate, ms)');
  out.push(
    table(
      [
        'product',
        'emit all',
        'digest subtrees',
        'read previous',
        'emit one',
        'saved',
        'of pipeline',
      ],
      ids.map((id) => {
        const inc = results.products[id].incremental;
        return [
          id,
          ms(inc.emitAllMs),
          ms(inc.digestsMs),
          ms(inc.loadMs),
          ms(inc.emitOneMs),
          ms(inc.savedMs),
          `${((inc.savedMs / results.products[id].pipelineMs) * 100).toFixed(0)}%`,
        ];
      }),
    ),
  );

  const verdict = (met) => (met === undefined ? '' : met ? 'met' : 'NOT MET');
  out.push('', 'Targets (nothing is asserted; ratios are taken within this run)');
  out.push(
    table(
      ['target', 'limit', 'wall', '', 'cpu', ''],
      results.targets.map((t) => [
        t.name,
        ratio(t.limit),
        ratio(t.wall),
        verdict(t.met),
        ratio(t.cpu),
        verdict(t.cpuMet),
      ]),
    ),
  );
  out.push(
    '',
    `identical documents from every path: ${results.identical ? 'yes' : `NO (${results.differing.join(', ')})`}`,
  );
  if (results.buildChangedDuringRun) {
    out.push('the CLI or core was rebuilt during this run: its figures mix two builds');
  }
  return out.join('\n');
}
