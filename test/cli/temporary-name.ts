/** Whether a name in the output's folder is one of src/cli/atomic.ts's temporary files. */
export const isTemporaryName = (name: string): boolean => /^\..*\.\d+\.[a-z0-9]+\.tmp$/.test(name);
