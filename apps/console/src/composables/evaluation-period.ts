import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/**
 * The period a ranking or comparison shows, kept in the address (`?year=&quarter=` or `&month=`) so a link opens the
 * same view: a year, or one of its quarters or months.
 */
export function usePeriodQuery() {
  const route = useRoute();
  const router = useRouter();
  const thisYear = new Date().getFullYear();
  const year = computed(() => Number(route.query.year) || thisYear);
  /** '' (the year), 'q3' or 'm11'. */
  const part = computed(() =>
    route.query.quarter ? `q${String(route.query.quarter)}` : route.query.month ? `m${String(route.query.month)}` : '',
  );
  const query = computed(() => ({
    year: year.value,
    quarter: part.value.startsWith('q') ? Number(part.value.slice(1)) : undefined,
    month: part.value.startsWith('m') ? Number(part.value.slice(1)) : undefined,
  }));
  function pick(change: { year?: string; part?: string }): void {
    const p = change.part ?? part.value;
    void router.replace({
      query: {
        ...route.query,
        year: change.year ?? String(year.value),
        quarter: p.startsWith('q') ? p.slice(1) : undefined,
        month: p.startsWith('m') ? p.slice(1) : undefined,
      },
    });
  }
  const years = [thisYear, thisYear - 1, thisYear - 2];
  const parts = [
    { value: '', label: '全年' },
    ...[1, 2, 3, 4].map((q) => ({ value: `q${q}`, label: `第${q}季度` })),
    ...Array.from({ length: 12 }, (_, i) => ({ value: `m${i + 1}`, label: `${i + 1}月` })),
  ];
  return { year, part, query, pick, years, parts };
}
