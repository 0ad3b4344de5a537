/**
 * Marks a branch that the type checker proves unreachable; throws if reached at run time.
 * Use at the end of a `switch` over a union so adding a member breaks the build.
 */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
