// The machine a benchmark ran on, printed beside its figures.
import os from "node:os";

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  platform: string;
}

export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() || "unknown CPU",
    cores: typeof os.availableParallelism === "function" ? os.availableParallelism() : cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}
