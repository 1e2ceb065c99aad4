import { type Ref, ref, watch } from 'vue';

/**
 * True from the frame after the one that first painted `source` (a screen's data): a heavy part below the fold — a
 * long form — renders then, so a slow phone shows the screen's state first instead of laying out every field before it.
 */
export function usePaintedAfter(source: () => unknown): Readonly<Ref<boolean>> {
  const painted = ref(false);
  const stop = watch(
    source,
    (value) => {
      if (!value) return;
      stop();
      requestAnimationFrame(() => setTimeout(() => (painted.value = true)));
    },
    { flush: 'post' },
  );
  return painted;
}
