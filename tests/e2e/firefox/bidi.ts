/**
 * A minimal WebDriver BiDi client (https://w3c.github.io/webdriver-bidi/) over one WebSocket,
 * enough to drive Firefox in the end-to-end tests: commands carry an id and resolve with their
 * result (or reject with the remote error), events go to listeners by method name.
 *
 *   const bidi = await BidiSession.connect('ws://127.0.0.1:PORT/session');
 *   await bidi.send('session.new', { capabilities: {} });
 *   const { contexts } = await bidi.send<{ contexts: BrowsingContextInfo[] }>('browsingContext.getTree');
 */
import WebSocket from 'ws';

/** One node of `browsingContext.getTree`: a tab (or a frame) and its current URL. */
export interface BrowsingContextInfo {
  context: string;
  url: string;
  children: BrowsingContextInfo[] | null;
}

/** The result of `script.evaluate` / `script.callFunction`. */
export type EvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown; sharedId?: string } }
  | { type: 'exception'; exceptionDetails: { text: string; lineNumber: number } };

/** A message from the remote end: a command's answer (with `id`) or an event (with `method`). */
interface Incoming {
  id?: number;
  type: 'success' | 'error' | 'event';
  result?: unknown;
  error?: string;
  message?: string;
  method?: string;
  params?: unknown;
}

/** An open BiDi connection; see the module comment. */
export class BidiSession {
  private nextId = 0;
  private readonly pending = new Map<number, { method: string; ok: (v: unknown) => void; fail: (e: Error) => void }>();
  private readonly listeners = new Map<string, Set<(params: unknown) => void>>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => this.receive(JSON.parse(String(data)) as Incoming));
    ws.on('close', () => {
      for (const p of this.pending.values()) p.fail(new Error(`${p.method}: the BiDi connection closed`));
      this.pending.clear();
    });
  }

  /** Opens the WebSocket (e.g. `ws://127.0.0.1:PORT/session`) and resolves once it is connected. */
  static async connect(url: string): Promise<BidiSession> {
    const ws = new WebSocket(url);
    await new Promise<void>((ok, fail) => {
      ws.once('open', () => ok());
      ws.once('error', fail);
    });
    return new BidiSession(ws);
  }

  /** Sends a command; resolves with its result, rejects with "method: error: message". */
  send<T = Record<string, unknown>>(method: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((ok, fail) => {
      this.pending.set(id, { method, ok: ok as (v: unknown) => void, fail });
      this.ws.send(JSON.stringify({ id, method, params }), (err) => {
        if (err) {
          this.pending.delete(id);
          fail(err);
        }
      });
    });
  }

  /** Calls `listener` with the params of each `method` event (after `subscribe`); returns an unsubscribe function. */
  on<P = unknown>(method: string, listener: (params: P) => void): () => void {
    const set = this.listeners.get(method) ?? new Set();
    set.add(listener as (params: unknown) => void);
    this.listeners.set(method, set);
    return () => set.delete(listener as (params: unknown) => void);
  }

  /** Asks the remote end to send these events (e.g. `log.entryAdded`) for every context. */
  async subscribe(events: string[]): Promise<void> {
    await this.send('session.subscribe', { events });
  }

  /** Closes the WebSocket; commands still waiting are rejected. */
  async close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((ok) => {
      this.ws.once('close', () => ok());
      this.ws.close();
    });
  }

  private receive(msg: Incoming): void {
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.type === 'error') p.fail(new Error(`${p.method}: ${msg.error}: ${msg.message}`));
      else p.ok(msg.result);
    } else if (msg.method) {
      for (const listener of this.listeners.get(msg.method) ?? []) listener(msg.params);
    }
  }
}
