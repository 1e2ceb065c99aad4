/**
 * Node flags every worker process starts with (launcher, bench, Docker image). Without a heap limit V8 lets the heap
 * grow toward its default (a quarter of the machine's memory, 4 GiB on a 24 GiB host) before it collects, and the SDK
 * sizes its sticky workflow cache from that limit too (about 600 workflows per GiB above 200 MiB): a worker holding
 * 20,000 items asleep on timers sat at 1.6 GiB RSS. With 768 MiB the cache holds about 330 workflows (the others are
 * replayed when their timers fire) and memory follows what the worker is doing (`npm run bench`, benchmark 3).
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--max-old-space-size=768'];
