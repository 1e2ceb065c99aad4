import { onMounted, ref, type Ref } from 'vue';
import { ApiError } from '../api/client';

/**
 * Loads a screen's data: `spinning` turns on only when the answer takes longer than 300 ms (no flicker on a fast
 * network), `error` is the Chinese sentence for a failure.
 */
export function useLoad<T>(loader: () => Promise<T>, options: { immediate?: boolean } = {}) {
  const data = ref<T | null>(null) as Ref<T | null>;
  const error = ref('');
  const loading = ref(false);
  const spinning = ref(false);
  let generation = 0;
  async function reload(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    error.value = '';
    const timer = setTimeout(() => {
      if (mine === generation) spinning.value = true;
    }, 300);
    try {
      const value = await loader();
      if (mine === generation) data.value = value;
    } catch (e) {
      if (mine === generation) error.value = e instanceof ApiError ? e.message : '加载失败，请重试。';
    } finally {
      clearTimeout(timer);
      if (mine === generation) {
        loading.value = false;
        spinning.value = false;
      }
    }
  }
  if (options.immediate !== false) onMounted(reload);
  return { data, error, loading, spinning, reload };
}

/**
 * One write behind a button: `label` says what is happening (提交中…, or 网络中断，正在重试 when the request is being
 * re-sent with its Idempotency-Key), `error` the Chinese reason it failed.
 */
export function useAction(idle: string) {
  const busy = ref(false);
  const label = ref(idle);
  const error = ref('');
  async function run<T>(action: (onRetry: (attempt: number) => void) => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    error.value = '';
    label.value = '提交中…';
    try {
      return await action((attempt) => {
        label.value = `网络中断，正在重试（第${attempt}次）…`;
      });
    } catch (e) {
      error.value = e instanceof ApiError ? e.message : '提交失败，请重试。';
      return undefined;
    } finally {
      busy.value = false;
      label.value = idle;
    }
  }
  return { busy, label, error, run };
}
