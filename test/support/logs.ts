import { Writable } from 'node:stream';

/** What an API logged, kept in memory: pass `stream` to startHarness({ logs }) and read it back as text or lines. */
export interface CapturedLogs {
  stream: Writable;
  text(): string;
  lines(): Record<string, unknown>[];
}

export function captureLogs(): CapturedLogs {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const text = () => chunks.join('');
  return {
    stream,
    text,
    lines: () =>
      text()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
