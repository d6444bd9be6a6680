/**
 * The preview's compute side, shared by the worker and the in-page fallback. Long jobs (the
 * topic matrix, rule focus) stream results in slices; after each slice the host waits until
 * the page acknowledges it has shown it, so results appear progressively and the page is never
 * flooded with messages it cannot render. A newer job of the same kind supersedes the older.
 */
import { lintAcl, type AclLintFinding } from '../../../acl/lint';
import type { AclRule } from '../../../acl/rules';
import { createRuleFocus, matrixRow, prepareAcl, type FocusMatch, type MatrixRow } from './engine';

export type StreamKind = 'matrix' | 'focus';

export type PreviewRequest =
  | { kind: 'lint'; id: number; rules: AclRule[] }
  | { kind: 'matrix'; id: number; rules: AclRule[]; topics: string[] }
  | { kind: 'focus'; id: number; rule: AclRule; topics: string[] }
  | { kind: 'ack'; id: number }
  | { kind: 'cancel'; id: number };

export interface StreamChunk<T> {
  id: number;
  items: T[];
  /** Items processed so far, of `total`. */
  done: number;
  total: number;
  batch: number;
}

export interface StreamDone {
  id: number;
  total: number;
  batches: number;
  elapsedMs: number;
}

export type PreviewResponse =
  | { kind: 'lint'; id: number; findings: AclLintFinding[] }
  | ({ kind: 'matrix-chunk' } & StreamChunk<MatrixRow>)
  | ({ kind: 'focus-chunk' } & StreamChunk<FocusMatch>)
  | ({ kind: 'matrix-done' } & StreamDone)
  | ({ kind: 'focus-done' } & StreamDone)
  | { kind: 'error'; id: number; message: string };

/** A slice ends after this many items or this much time, whichever comes first. */
export const SLICE_MAX_ITEMS = 500;
export const SLICE_MAX_MS = 25;

export function createPreviewHost(post: (message: PreviewResponse) => void): (request: PreviewRequest) => void {
  const latest: Record<StreamKind, number> = { matrix: 0, focus: 0 };
  const waiting = new Map<number, () => void>();
  const release = (id: number) => {
    waiting.get(id)?.();
    waiting.delete(id);
  };

  async function stream<T>(kind: StreamKind, id: number, total: number, compute: (index: number) => T | null): Promise<void> {
    const superseded = latest[kind];
    latest[kind] = id;
    release(superseded);
    const started = performance.now();
    let done = 0;
    let batch = 0;
    do {
      const sliceStart = performance.now();
      const items: T[] = [];
      while (done < total && items.length < SLICE_MAX_ITEMS && performance.now() - sliceStart < SLICE_MAX_MS) {
        const item = compute(done++);
        if (item !== null) items.push(item);
      }
      batch++;
      const acknowledged = new Promise<void>((resolve) => waiting.set(id, resolve));
      post({ kind: `${kind}-chunk`, id, items, done, total, batch } as PreviewResponse);
      await acknowledged;
      if (latest[kind] !== id) return;
    } while (done < total);
    post({ kind: `${kind}-done`, id, total, batches: batch, elapsedMs: performance.now() - started } as PreviewResponse);
  }

  const fail = (id: number, error: unknown) => post({ kind: 'error', id, message: error instanceof Error ? error.message : String(error) });

  return (request) => {
    switch (request.kind) {
      case 'lint':
        try {
          post({ kind: 'lint', id: request.id, findings: lintAcl(request.rules) });
        } catch (error) {
          fail(request.id, error);
        }
        return;
      case 'matrix': {
        const acl = prepareAcl(request.rules);
        const { topics } = request;
        stream('matrix', request.id, topics.length, (i) => matrixRow(acl, topics[i] as string, i)).catch((error: unknown) => fail(request.id, error));
        return;
      }
      case 'focus': {
        const focus = createRuleFocus(request.rule);
        const { topics } = request;
        stream('focus', request.id, topics.length, (i) => focus.match(topics[i] as string, i)).catch((error: unknown) => fail(request.id, error));
        return;
      }
      case 'ack':
        release(request.id);
        return;
      case 'cancel':
        for (const kind of ['matrix', 'focus'] as const) if (latest[kind] === request.id) latest[kind] = 0;
        release(request.id);
        return;
    }
  };
}
