/**
 * @internal
 * Argument checks shared by the public functions: misuse throws a clear error naming the argument.
 */

/** Throws a TypeError unless `value` is a string. */
export function assertText(value: unknown, fn: string, name = 'text'): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: argument "${name}" must be a string, got ${describe(value)}`);
  }
}

/**
 * Checks an options argument: undefined, or a plain object whose keys are all in `allowed`.
 * Returns the options as a record (an empty one for undefined).
 */
export function checkOptions<T extends object>(value: unknown, fn: string, allowed: readonly string[]): Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${fn}: argument "options" must be an object, got ${describe(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new RangeError(`${fn}: unknown option "${key}"; valid options are ${allowed.map((k) => `"${k}"`).join(', ')}`);
    }
  }
  return value as Partial<T>;
}

/** Throws a RangeError unless `value` is one of `allowed` (or undefined). */
export function checkChoice<T>(value: unknown, fn: string, name: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) {
    throw new RangeError(`${fn}: option "${name}" must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`);
  }
  return value as T;
}

/** A short, safe description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
