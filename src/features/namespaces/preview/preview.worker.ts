/// <reference lib="webworker" />
import { createPreviewHost, type PreviewRequest } from './host';

declare const self: DedicatedWorkerGlobalScope;

const handle = createPreviewHost((message) => self.postMessage(message));
self.onmessage = (event: MessageEvent<PreviewRequest>) => handle(event.data);
