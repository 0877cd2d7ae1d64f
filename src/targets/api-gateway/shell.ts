/** Commands printed for a person to paste into a POSIX shell. */
import { shellWord } from '../shell.js';

export { shellWord };

/** The command that pins a domain to a truststore version by hand (after a failed rollback). */
export function restoreCommand(region: string, domainName: string, versionId: string): string {
  const patch = `op=replace,path=/mutualTlsAuthentication/truststoreVersion,value=${versionId}`;
  return `aws apigateway update-domain-name --region ${shellWord(region)} --domain-name ${shellWord(domainName)} --patch-operations ${shellWord(patch)}`;
}
