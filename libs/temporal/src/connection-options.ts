import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/client';
import type { AppConfig } from '../../config/src';

/**
 * How the API's client and the worker reach the Temporal frontend: plaintext (the embedded dev server, a private
 * network) or TLS — server verified against TEMPORAL_TLS_CA_FILE, and with a client certificate for mTLS.
 */
export function temporalConnectionOptions(config: Pick<AppConfig, 'temporalAddress' | 'temporalTls'>): {
  address: string;
  tls?: TLSConfig;
} {
  const address = config.temporalAddress ?? '(TEMPORAL_ADDRESS not set)';
  const t = config.temporalTls;
  if (!t) return { address };
  return {
    address,
    tls: {
      ...(t.serverName ? { serverNameOverride: t.serverName } : {}),
      ...(t.caFile ? { serverRootCACertificate: readFileSync(t.caFile) } : {}),
      ...(t.certFile && t.keyFile
        ? { clientCertPair: { crt: readFileSync(t.certFile), key: readFileSync(t.keyFile) } }
        : {}),
    },
  };
}
