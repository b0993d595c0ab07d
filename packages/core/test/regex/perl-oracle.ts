import { spawnSync } from 'node:child_process';

/** One question for Perl: which of these strings does the pattern match? */
export type PerlJob =
  | {
      /** Regex source as a Perl string, compiled the way the server compiles it. */
      pattern: string;
      /** `m/^$pattern$/` as PVE::JSONSchema checks, or plain `m/$pattern/`. */
      anchored: boolean;
      strings: string[];
    }
  | {
      /** The code points in SCAN_PLANES that `m/^$scan$/` matches as one-character strings. */
      scan: string;
    };

/** Inclusive code point ranges. */
export type CodeRanges = [number, number][];

/**
 * Where single characters are scanned: planes 0 to 3 and 14. The others hold
 * no assigned characters but private use ones, which no class here involves;
 * leaving them out keeps a scan four times shorter.
 */
export const SCAN_PLANES: CodeRanges = [
  [0x00000, 0x3ffff],
  [0xe0000, 0xeffff],
];

export type PerlAnswer = { verdicts: boolean[] } | { ranges: CodeRanges } | { error: string };

/**
 * Reads JSON lines of jobs and answers each with one JSON line. Every string is
 * upgraded to Perl's internal UTF-8 form, as `Encode::decode('utf8', …)` leaves
 * the values PVE checks, so Unicode rules apply to `\d`, `\w`, `\s` and /i.
 */
const SCRIPT = String.raw`
use strict;
# Perl warns about {,n} and the like; the verdicts are what matter here.
no warnings;
use JSON::PP;
my $codec = JSON::PP->new->utf8->canonical;
while (my $line = <STDIN>) {
  my $job = $codec->decode($line);
  if (defined $job->{scan}) {
    my $p = $job->{scan};
    my $re = eval { qr/^$p$/ } or do { print $codec->encode({ error => "$@" }), "\n"; next };
    my @ranges;
    for my $cp (map { $_->[0] .. $_->[1] } @{ $job->{planes} }) {
      next if $cp >= 0xD800 && $cp <= 0xDFFF;
      my $s = chr($cp);
      utf8::upgrade($s);
      next unless $s =~ $re;
      if (@ranges && $ranges[-1][1] == $cp - 1) { $ranges[-1][1] = $cp }
      else { push @ranges, [$cp, $cp] }
    }
    print $codec->encode({ ranges => \@ranges }), "\n";
    next;
  }
  my $p = $job->{pattern};
  my $re = eval { $job->{anchored} ? qr/^$p$/ : qr/$p/ }
    or do { print $codec->encode({ error => "$@" }), "\n"; next };
  my @verdicts;
  for my $s (@{ $job->{strings} }) {
    utf8::upgrade($s);
    push @verdicts, ($s =~ $re) ? JSON::PP::true : JSON::PP::false;
  }
  print $codec->encode({ verdicts => \@verdicts }), "\n";
}
`;

/** Whether a `perl` with the core JSON::PP module can be run here. */
export function perlAvailable(): boolean {
  const probe = spawnSync('perl', ['-MJSON::PP', '-e', '1'], { encoding: 'utf8' });
  return probe.status === 0;
}

/** Runs one Perl process for all jobs and returns its answers in the same order. */
export function askPerl(jobs: readonly PerlJob[]): PerlAnswer[] {
  const input = jobs
    .map((job) => `${JSON.stringify('scan' in job ? { ...job, planes: SCAN_PLANES } : job)}\n`)
    .join('');
  const run = spawnSync('perl', ['-e', SCRIPT], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`perl failed: ${run.stderr || run.error}`);
  const answers = run.stdout.trimEnd().split('\n');
  if (answers.length !== jobs.length) {
    throw new Error(`perl answered ${answers.length} of ${jobs.length} jobs: ${run.stderr}`);
  }
  return answers.map((line) => JSON.parse(line) as PerlAnswer);
}
