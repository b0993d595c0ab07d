import { PERL_DIGIT, perlAnchored, perlNumber } from './perl.js';

const SIZE = perlAnchored(`(${PERL_DIGIT}+(?:\\.${PERL_DIGIT}+)?)([KMGT])?`);
const UNITS = { K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 } as const;

/** `PVE::JSONSchema::parse_size`: bytes of "32G", "1.5M", "512"; undefined when not a size. */
export function parseSize(text: string): number | undefined {
  const match = SIZE.exec(text);
  if (!match) return undefined;
  const unit = match[2] as keyof typeof UNITS | undefined;
  return Math.trunc(perlNumber(match[1]!) * (unit ? UNITS[unit] : 1));
}

/** `PVE::JSONSchema::format_size`: bytes in the largest unit that divides them. */
export function formatSize(bytes: number): string {
  let size = Math.trunc(bytes);
  for (const unit of ['', 'K', 'M', 'G']) {
    const next = Math.trunc(size / 1024);
    if (next * 1024 !== size) return `${size}${unit}`;
    size = next;
  }
  return `${size}T`;
}
