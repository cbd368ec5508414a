import { onContentChange } from '@/lib/content/watch';

/**
 * `npm run dev` only (next.config.ts adds the `.dev.ts` extension to the dev
 * server's routes alone): a stream of server-sent events, one `changed` message
 * per change in the content folder, for the open pages to refresh on.
 */
export function GET(request: Request) {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(': watching the content folder\n\n'));
      stop = onContentChange(() => controller.enqueue(encoder.encode('data: changed\n\n')));
      request.signal.addEventListener('abort', () => {
        stop();
        controller.close();
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform' },
  });
}
