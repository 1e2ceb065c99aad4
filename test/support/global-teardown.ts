import { rmSync } from 'node:fs';
import type { Runtime } from '../../libs/runtime/src';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __huijianTest?: { runtime: Runtime; folder: string } }).__huijianTest;
  if (!state) return;
  await state.runtime.stop();
  rmSync(state.folder, { recursive: true, force: true });
}
