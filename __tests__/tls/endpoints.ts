/**
 * Real mutual-TLS endpoints on 127.0.0.1 for the handshake proofs: `openssl s_server` and a Node
 * `tls` server that demand a client certificate and verify it against a truststore file, and the
 * matching clients (`openssl s_client`, `tls.connect`). Every wait is bounded; a handshake that
 * neither completes nor fails with a TLS error within the bound throws instead of counting as
 * a rejection.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';

const WAIT_MS = 10_000;
/** s_server -rev answers each line reversed. */
const PROBE = 'tls-hello';
const REPLY = [...PROBE].reverse().join('');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** What the server side saw and what the client side saw of one connection attempt. */
export interface Handshake {
  accepted: boolean;
  /** The client's view: the echoed payload, or the TLS alert/error it got. */
  client: string;
  /** The server's view: its verify error for this connection, if any. */
  server: string;
}

export interface ServerPki {
  certPath: string;
  keyPath: string;
  /** The CA file a client uses to verify the server. */
  caPath: string;
}

export interface OpensslServerOptions {
  truststorePath: string;
  server: ServerPki;
  /**
   * `-verify_depth`: intermediates allowed between the client leaf and the anchor. `-Verify 4`
   * alone limits nothing in s_server (the number only feeds the apps' verify callback); API
   * Gateway's 4 CA certificates, root included, are `-verify_depth 3`.
   */
  verifyDepth?: number;
  /** More s_server arguments, e.g. `-tls1_2` to pin the protocol version. */
  extraArgs?: string[];
}

export class OpensslServer {
  private stderr = '';
  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly port: number,
  ) {
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      this.stderr += d;
    });
  }

  /** Starts `openssl s_server -Verify 4 -verify_return_error -CAfile <truststore>` and waits for ACCEPT. */
  static async start(options: OpensslServerOptions): Promise<OpensslServer> {
    for (let attempt = 0; ; attempt++) {
      const port = await freePort();
      const args = ['s_server', '-accept', `127.0.0.1:${port}`, '-cert', options.server.certPath];
      args.push('-key', options.server.keyPath, '-CAfile', options.truststorePath);
      args.push('-Verify', '4', '-verify_return_error', '-rev');
      if (options.verifyDepth !== undefined) args.push('-verify_depth', String(options.verifyDepth));
      args.push(...(options.extraArgs ?? []));
      const child = spawn('openssl', args, { stdio: ['pipe', 'pipe', 'pipe'] });
      const server = new OpensslServer(child, port);
      const ready = await new Promise<boolean>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(
          () =>
            reject(
              new Error(`openssl s_server printed no ACCEPT within ${WAIT_MS} ms:\n${out}${server.stderr}`),
            ),
          WAIT_MS,
        );
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          if (out.includes('ACCEPT')) {
            clearTimeout(timer);
            resolve(true);
          }
        });
        child.on('exit', () => {
          clearTimeout(timer);
          resolve(false);
        });
      });
      if (ready) return server;
      if (attempt >= 3 || !/in use/i.test(server.stderr))
        throw new Error(`openssl s_server did not start:\n${server.stderr}`);
    }
  }

  /** Server-side log written since `mark` (one connection's verify errors). */
  logSince(mark: number): string {
    return this.stderr.slice(mark);
  }

  get logLength(): number {
    return this.stderr.length;
  }

  stop(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

export interface ClientCredentials {
  certPath: string;
  keyPath: string;
  /** Extra certificates the client sends after its leaf, in this order (`-cert_chain`). */
  chainPath?: string;
}

/**
 * `openssl s_client` against an s_server in -rev mode: accepted when the reversed probe line
 * comes back; rejected when the client reports a TLS alert from the server.
 */
export async function opensslHandshake(
  server: OpensslServer,
  serverCa: string,
  client: ClientCredentials,
): Promise<Handshake> {
  const mark = server.logLength;
  const args = [
    's_client',
    '-connect',
    `127.0.0.1:${server.port}`,
    '-CAfile',
    serverCa,
    '-verify_return_error',
  ];
  args.push('-cert', client.certPath, '-key', client.keyPath, '-quiet');
  if (client.chainPath) args.push('-cert_chain', client.chainPath);
  const child = spawn('openssl', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  const result = await new Promise<Handshake>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`openssl s_client neither connected nor failed within ${WAIT_MS} ms:\n${out}`));
    }, WAIT_MS);
    let settled = false;
    const finish = (accepted: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      // Give the server a moment to log the verify error of this connection.
      setTimeout(() => resolve({ accepted, client: out, server: server.logSince(mark) }), 100);
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes(REPLY)) finish(true);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    child.on('exit', () => finish(out.includes(REPLY)));
    child.stdin.write(`${PROBE}\n`);
  });
  return result;
}

export interface NodeServer {
  port: number;
  close(): Promise<void>;
}

/**
 * A Node mTLS server: `tls.createServer({ requestCert: true, rejectUnauthorized, ca })`.
 * With rejectUnauthorized (the real configuration) Node's verifier drops an unverified client
 * right after the handshake without an alert, so the client sees the connection close with no
 * answer, and the reason stays inside Node. With rejectUnauthorized false the server answers
 * "refused <authorizationError>" instead: the probe that names Node's reason.
 */
export async function startNodeServer(
  truststorePath: string,
  server: ServerPki,
  rejectUnauthorized = true,
): Promise<NodeServer> {
  const sockets = new Set<net.Socket>();
  const srv = tls.createServer(
    {
      key: readFileSync(server.keyPath),
      cert: readFileSync(server.certPath),
      ca: readFileSync(truststorePath),
      requestCert: true,
      rejectUnauthorized,
    },
    (socket) => {
      socket.end(socket.authorized ? 'accepted\n' : `refused ${String(socket.authorizationError)}\n`);
    },
  );
  srv.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return {
    port: (srv.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        srv.close(() => resolve());
      }),
  };
}

/**
 * `tls.connect` with a client certificate; `certPem` may hold the leaf followed by a chain.
 * Accepted when the server's greeting arrives; rejected when the server closes the connection
 * without it (or a TLS error arrives); `server` holds the reason a probe server answered.
 */
export async function nodeHandshake(
  server: NodeServer,
  serverCa: string,
  client: { certPem: string; keyPath: string },
): Promise<Handshake> {
  return new Promise<Handshake>((resolve, reject) => {
    let data = '';
    let settled = false;
    const socket = tls.connect({
      host: '127.0.0.1',
      port: server.port,
      ca: readFileSync(serverCa),
      cert: client.certPem,
      key: readFileSync(client.keyPath),
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`tls.connect neither got an answer nor a close within ${WAIT_MS} ms`));
    }, WAIT_MS);
    const finish = (clientView: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const refused = /^refused (.*)/.exec(data)?.[1] ?? '';
      resolve({ accepted: data.startsWith('accepted'), client: clientView, server: refused });
    };
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => {
      data += d;
    });
    socket.on('error', (error: NodeJS.ErrnoException) =>
      finish(`${error.code ?? ''} ${error.message}`.trim()),
    );
    socket.on('close', () => finish(data || 'closed by the server without an answer'));
  });
}
