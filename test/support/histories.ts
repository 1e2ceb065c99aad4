import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;

/** Recorded workflow histories that every change must still replay (test/fixtures/histories). */
export const HISTORIES_DIR = join(__dirname, '..', 'fixtures', 'histories');

/** Writes a history as binary protobuf: the wire format stays readable across SDK versions. */
export function recordHistory(name: string, history: History): void {
  writeFileSync(join(HISTORIES_DIR, `${name}.pb`), temporal.api.history.v1.History.encode(history).finish());
}

export function recordedHistories(): { name: string; history: temporal.api.history.v1.History }[] {
  return readdirSync(HISTORIES_DIR)
    .filter((f) => f.endsWith('.pb'))
    .map((f) => ({ name: f, history: temporal.api.history.v1.History.decode(readFileSync(join(HISTORIES_DIR, f))) }));
}
