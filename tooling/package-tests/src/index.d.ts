export declare const CLIENT_DEPENDENCIES: Record<string, string>;

export interface InstalledProject {
  root: string;
  project: string;
  tarballs: { core: string; product: string };
  cleanup(): Promise<void>;
}

export declare function packPackage(packageDir: string, destination: string): Promise<string>;
export declare function installPacked(product: string): Promise<InstalledProject>;
export declare function runModule(cwd: string, source: string): Promise<string>;
export declare function compileStrict(cwd: string, files: Record<string, string>): Promise<void>;
export declare function publintMessages(tarball: string): Promise<string[]>;
export declare function attwProblems(tarball: string, entrypoints: string[]): Promise<string[]>;
export declare function moduleEntrypoints(manifest: { exports: Record<string, unknown> }): string[];

export interface MockServer {
  url: string;
  stop(): Promise<void>;
  output(): string;
}

export declare function startPrism(
  documentPath: string,
  options?: { timeoutMs?: number },
): Promise<MockServer>;

export declare const PRODUCT_ENTRYPOINTS: string[];
export declare function describePackedProduct(
  product: string,
  manifest: { exports: Record<string, unknown> },
  tests: (installed: () => InstalledProject) => void,
): void;
