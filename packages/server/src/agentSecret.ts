import type { Storage } from './storage/storage';
import { storedAgentSecret } from './records/settings';

/**
 * The agent view's secret: the configured one when given, else the one kept in the storage (made
 * at the first start). `created` is true only on the start that made it, the one that prints it.
 */
export async function agentSecret(storage: Storage, configured?: string): Promise<{ secret: string; created: boolean; configured: boolean }> {
  if (configured) return { secret: configured, created: false, configured: true };
  return { ...(await storedAgentSecret(storage)), configured: false };
}
