// A small Language Server Protocol client over stdio, enough to open YAML files in the real
// yaml-language-server (what VS Code's YAML extension runs) and collect the diagnostics it publishes.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Diagnostic {
  message: string;
  /** 1-based, as rungs and editors show them. */
  line: number;
  column: number;
  severity: number;
}

type Message = { id?: number; method?: string; params?: any; result?: unknown; error?: unknown };

export class LspClient {
  private child: ChildProcess;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (m: Message) => void>();
  private waiters = new Map<string, (d: Diagnostic[]) => void>();
  private stderr = '';

  constructor(command: string, args: string[]) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  /** The yaml-language-server from node_modules, run by the current Node. */
  static async yaml(): Promise<LspClient> {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('yaml-language-server/package.json');
    const main = join(dirname(pkg), JSON.parse(readFileSync(pkg, 'utf8')).bin['yaml-language-server'] ?? 'bin/yaml-language-server');
    const client = new LspClient(process.execPath, [main, '--stdio']);
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: {} } } });
    client.notify('initialized', {});
    // No schema store download: the only schemas are the ones the files name in their modelines.
    client.notify('workspace/didChangeConfiguration', { settings: { yaml: { validate: true, schemaStore: { enable: false }, schemas: {}, format: { enable: false } } } });
    return client;
  }

  /** Opens the file as an editor would (its text, its file:// address) and waits for its diagnostics. */
  diagnose(path: string, text = readFileSync(path, 'utf8')): Promise<Diagnostic[]> {
    const uri = pathToFileURL(path).href;
    const result = new Promise<Diagnostic[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${path} within 20 s; server stderr: ${this.stderr.slice(-500)}`)), 20_000);
      this.waiters.set(uri, (d) => {
        clearTimeout(timer);
        resolve(d);
      });
    });
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return result.finally(() => this.notify('textDocument/didClose', { textDocument: { uri } }));
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      // the server is gone already
    }
    const timer = setTimeout(() => this.child.kill(), 3000);
    await exited;
    clearTimeout(timer);
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result)));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin!.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(m: Message): void {
    if (m.method === undefined && m.id !== undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    } else if (m.method === 'textDocument/publishDiagnostics') {
      const waiter = this.waiters.get(m.params.uri);
      if (!waiter) return;
      this.waiters.delete(m.params.uri);
      waiter(
        (m.params.diagnostics as { message: string; severity: number; range: { start: { line: number; character: number } } }[]).map((d) => ({
          message: d.message,
          severity: d.severity,
          line: d.range.start.line + 1,
          column: d.range.start.character + 1,
        })),
      );
    } else if (m.id !== undefined) {
      // A request from the server (workspace/configuration, client/registerCapability...): answer it plainly.
      const result = m.method === 'workspace/configuration' ? (m.params?.items ?? []).map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: m.id, result });
    }
  }
}
