import type { AclLintFinding } from '../../../acl/lint';
import type { AclRule } from '../../../acl/rules';
import type { FocusMatch, MatrixRow } from './engine';
import { createPreviewHost, type PreviewRequest, type PreviewResponse, type StreamChunk, type StreamDone } from './host';

export interface StreamHandlers<T> {
  onChunk: (chunk: StreamChunk<T>) => void;
  onDone: (done: StreamDone) => void;
  onError: (message: string) => void;
}

export interface StreamHandle {
  id: number;
  /** Tells the compute side the last chunk is on screen, so it sends the next. */
  ack: () => void;
  cancel: () => void;
}

type Listener = (message: PreviewResponse) => void;

/**
 * The page's side of the preview: a module worker when the browser has workers, else the same
 * host running in slices on this thread (each message delivered in its own task).
 */
export class PreviewClient {
  private readonly send: (request: PreviewRequest) => void;
  private readonly listeners = new Map<number, Listener>();
  private readonly worker: Worker | null;
  private nextId = 1;

  constructor() {
    const deliver = (message: PreviewResponse) => this.listeners.get(message.id)?.(message);
    this.worker = PreviewClient.startWorker();
    if (this.worker) {
      this.worker.onmessage = (event: MessageEvent<PreviewResponse>) => deliver(event.data);
      const worker = this.worker;
      this.send = (request) => worker.postMessage(request);
    } else {
      const host = createPreviewHost((message) => setTimeout(() => deliver(message), 0));
      this.send = (request) => setTimeout(() => host(request), 0);
    }
  }

  private static startWorker(): Worker | null {
    if (typeof Worker === 'undefined') return null;
    try {
      return new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module', name: 'acl-preview' });
    } catch {
      return null;
    }
  }

  get usesWorker(): boolean {
    return this.worker !== null;
  }

  lint(rules: readonly AclRule[]): Promise<AclLintFinding[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.listeners.set(id, (message) => {
        this.listeners.delete(id);
        if (message.kind === 'lint') resolve(message.findings);
        else if (message.kind === 'error') reject(new Error(message.message));
      });
      this.send({ kind: 'lint', id, rules: [...rules] });
    });
  }

  matrix(rules: readonly AclRule[], topics: readonly string[], handlers: StreamHandlers<MatrixRow>): StreamHandle {
    return this.stream('matrix', handlers, (id) => ({ kind: 'matrix', id, rules: [...rules], topics: [...topics] }));
  }

  focus(rule: AclRule, topics: readonly string[], handlers: StreamHandlers<FocusMatch>): StreamHandle {
    return this.stream('focus', handlers, (id) => ({ kind: 'focus', id, rule, topics: [...topics] }));
  }

  private stream<T>(kind: 'matrix' | 'focus', handlers: StreamHandlers<T>, request: (id: number) => PreviewRequest): StreamHandle {
    const id = this.nextId++;
    this.listeners.set(id, (message) => {
      if (message.kind === `${kind}-chunk`) handlers.onChunk(message as unknown as StreamChunk<T>);
      else if (message.kind === `${kind}-done`) {
        this.listeners.delete(id);
        handlers.onDone(message as StreamDone);
      } else if (message.kind === 'error') {
        this.listeners.delete(id);
        handlers.onError(message.message);
      }
    });
    this.send(request(id));
    return {
      id,
      ack: () => this.send({ kind: 'ack', id }),
      cancel: () => {
        this.listeners.delete(id);
        this.send({ kind: 'cancel', id });
      },
    };
  }

  dispose(): void {
    this.listeners.clear();
    this.worker?.terminate();
  }
}
