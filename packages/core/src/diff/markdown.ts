import type { Change, DiffResult } from './change.js';

/** The changes as a Markdown report: breaking changes first, each list in document order. */
export function diffToMarkdown(result: DiffResult, title: string): string {
  const added = result.changes.filter((c) => c.kind === 'operation-added').length;
  const removed = result.changes.filter((c) => c.kind === 'operation-removed').length;
  const lines = [
    `# ${title}`,
    '',
    `${result.breaking} breaking and ${result.nonBreaking} non-breaking changes; ` +
      `${added} operations added, ${removed} removed.`,
  ];
  const sections: [string, Change[]][] = [
    ['Breaking changes', result.changes.filter((c) => c.severity === 'breaking')],
    ['Non-breaking changes', result.changes.filter((c) => c.severity === 'non-breaking')],
  ];
  for (const [heading, changes] of sections) {
    if (changes.length === 0) continue;
    lines.push('', `## ${heading}`, '');
    for (const change of changes) lines.push(`- ${describe(change)}`);
  }
  return `${lines.join('\n')}\n`;
}

function describe(change: Change): string {
  const where = change.where ? ` \`${change.where}\`` : '';
  return `\`${change.operation}\`${where}: ${escapeMarkdown(change.message)}`;
}

/**
 * Enum values and defaults are JSON; keep Markdown from reading `*`, `_` or
 * HTML in them. A `>` inside a line is plain text and stays as it is.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<|])/g, '\\$1');
}
