/** For a client written against the old document: does the new one break it? */
export type Severity = 'breaking' | 'non-breaking';

export type ChangeKind =
  | 'operation-added'
  | 'operation-removed'
  | 'parameter-added'
  | 'parameter-removed'
  | 'required-changed'
  | 'type-changed'
  | 'enum-changed'
  | 'default-changed'
  | 'property-added'
  | 'property-removed'
  | 'format-key-added'
  | 'format-key-removed';

export interface Change {
  kind: ChangeKind;
  severity: Severity;
  /** `GET /nodes/{node}/qemu`. */
  operation: string;
  /**
   * What in the operation: `query.vmid`, `path.node`, `body.name` for a
   * parameter, `response.data.status` for a field of the result.
   */
  where?: string | undefined;
  message: string;
}

export interface DiffResult {
  changes: Change[];
  breaking: number;
  nonBreaking: number;
}
