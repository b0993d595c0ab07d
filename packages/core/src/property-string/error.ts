/**
 * A property string that PVE would refuse. `errors` holds the reasons per key,
 * worded as `PVE::JSONSchema` words them ("property is missing and it is not
 * optional"); it is empty when the string as a whole is wrong (a duplicate key,
 * a part without a key), which the message then says.
 */
export class PropertyStringError extends Error {
  override readonly name = 'PropertyStringError';
  readonly errors: Readonly<Record<string, string>>;

  constructor(message: string, errors: Record<string, string> = {}) {
    super(message);
    this.errors = errors;
  }

  /** The error for per-key reasons, each named in the message. */
  static forKeys(errors: Record<string, string>): PropertyStringError {
    const details = Object.entries(errors).map(([key, reason]) => `${key}: ${reason}`);
    return new PropertyStringError(`format error - ${details.join('; ')}`, errors);
  }
}
