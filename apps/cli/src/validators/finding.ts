export interface Finding {
  severity: 'error' | 'warning';
  rule?: string | undefined;
  /** JSON Pointer or path into the document, where the validator gives one. */
  at?: string | undefined;
  message: string;
}

/** What one validator said, or why it could not run. */
export interface ValidatorReport {
  validator: string;
  /** False when the validator is not installed beside this command line. */
  available: boolean;
  findings: Finding[];
  note?: string | undefined;
}
