import type { Remediation } from '../content/schema';

/** For each cause, factor or event id, the remediations that address it, in the order written. */
export function remediationsByTarget(remediations: readonly Remediation[]): Record<string, Remediation[]> {
  const byTarget: Record<string, Remediation[]> = {};
  for (const remediation of remediations) {
    for (const target of remediation.addresses) {
      (byTarget[target] ??= []).push(remediation);
    }
  }
  return byTarget;
}
