// The one rule for flags that take a count, a port or a seed: digits only, within range, and an
// error that names the flag. Callers pass their own error class so each command reports its usage.

export function parseWholeNumber(
  flag: string,
  text: string,
  min: number,
  makeError: (message: string) => Error = (message) => new Error(message),
): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min) {
    throw makeError(`${flag} takes a whole number, ${min} or more; got "${text}".`);
  }
  return n;
}
