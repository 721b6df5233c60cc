/**
 * A benchmark option's `NAME=VALUE` (`--pg`, `--variant`, `--graph-env`): split at the first `=`, so
 * the value may hold more; a spec without a name before it is refused, naming the option.
 */
export const nameAndValue = (option: string, spec: string): [string, string] => {
  const at = spec.indexOf('=');
  if (at < 1) throw new Error(`${option} ${spec}: expected NAME=VALUE`);
  return [spec.slice(0, at), spec.slice(at + 1)];
};
