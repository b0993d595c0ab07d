export declare const repoRoot: string;
export declare function changesetVersionDryRun(): Promise<{
  before: Record<string, string>;
  after: Record<string, string>;
  left: string[];
}>;
export declare function publishDryRun(): Promise<string[]>;
