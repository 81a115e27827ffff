// Headless Chromium driven over the Chrome DevTools protocol on a pipe, for browser tests that measure pages
// (--remote-debugging-pipe: commands on fd 3, answers on fd 4, each a JSON message ended by a NUL byte).
// One browser per test file; pages are opened at a given viewport, measured, checked with axe-core and
// printed to PDF. No network: every host name fails to resolve.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { tempDir } from './fixtures.js';

import { browser as chromiumPath, CHROMIUM_FLAGS, noBrowserReason as noChromium } from './chromium.js';

export { chromiumPath, CHROMIUM_FLAGS, noChromium };

type Pending = { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void };

export class Browser {
  private next = 1;
  private pending = new Map<number, Pending>();
  private buffer = '';
  private events: { method: string; sessionId?: string; params: Record<string, unknown> }[] = [];
  private constructor(private readonly child: ChildProcess) {
    const out = child.stdio[4] as Readable;
    out.setEncoding('utf8');
    out.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; error?: { message: string }; result?: Record<string, unknown>; method?: string; sessionId?: string; params?: Record<string, unknown> };
        this.buffer = this.buffer.slice(end + 1);
        if (message.id !== undefined) {
          const p = this.pending.get(message.id);
          this.pending.delete(message.id);
          if (message.error) p?.reject(new Error(message.error.message));
          else p?.resolve(message.result ?? {});
        } else if (message.method) this.events.push({ method: message.method, sessionId: message.sessionId, params: message.params ?? {} });
      }
    });
  }

  static launch(): Browser {
    const child = spawn(chromiumPath!, [...CHROMIUM_FLAGS, `--user-data-dir=${tempDir('rungs-chromium-')}`, '--remote-debugging-pipe', 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    });
    child.stderr?.resume();
    return new Browser(child);
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.next++;
    const input = this.child.stdio[3] as Writable;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** A new tab at `width` x `height` CSS pixels, showing `url` once loaded. */
  async open(url: string, width: number, height = 900): Promise<Page> {
    const { targetId } = (await this.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const page = new Page(this, sessionId, targetId);
    await page.send('Page.enable');
    await page.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: width < 600 });
    await page.send('Page.navigate', { url });
    await this.waitFor('Page.loadEventFired', sessionId);
    return page;
  }

  async waitFor(method: string, sessionId: string, timeoutMs = 30_000): Promise<void> {
    const start = Date.now();
    for (;;) {
      const i = this.events.findIndex((e) => e.method === method && e.sessionId === sessionId);
      if (i >= 0) {
        this.events.splice(i, 1);
        return;
      }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${method}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async close(): Promise<void> {
    await this.send('Browser.close').catch(() => undefined);
    if (this.child.exitCode === null) await new Promise((r) => this.child.once('exit', r));
  }
}

export class Page {
  constructor(
    private readonly browser: Browser,
    readonly sessionId: string,
    readonly targetId: string,
  ) {}

  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return this.browser.send(method, params, this.sessionId);
  }

  /** The value of a JavaScript expression in the page (promises awaited), as JSON. */
  async evaluate<T>(expression: string): Promise<T> {
    const r = (await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }

  /** Printed as Chromium's print-to-PDF does it (A4 from the page's @page rule), as PDF bytes. */
  async pdf(): Promise<Buffer> {
    const { data } = (await this.send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false })) as { data: string };
    return Buffer.from(data, 'base64');
  }

  async screenshot(): Promise<Buffer> {
    const { data } = (await this.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true })) as { data: string };
    return Buffer.from(data, 'base64');
  }

  close(): Promise<Record<string, unknown>> {
    return this.browser.send('Target.closeTarget', { targetId: this.targetId });
  }
}

/** Pages of a PDF as Chromium writes it: one "/Type /Page" object per page (not /Pages). */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}
