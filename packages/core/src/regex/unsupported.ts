/**
 * A construct that cannot be translated exactly. Its message is the short
 * reason that `translatePattern` returns; it never escapes this folder.
 */
export class UnsupportedPattern extends Error {
  override readonly name = 'UnsupportedPattern';
}
