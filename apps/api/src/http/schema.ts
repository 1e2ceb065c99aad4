import type { Type } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * Property decorators for response DTOs, so that the OpenAPI document is exact where reflection is not: formats,
 * nullability, enums and free-form objects. Every property of a response DTO is required unless marked optional.
 */
export const Prop = {
  string: (o: ApiPropertyOptions = {}) => ApiProperty({ type: String, ...o } as ApiPropertyOptions),
  uuid: (o: ApiPropertyOptions = {}) => ApiProperty({ type: String, format: 'uuid', ...o } as ApiPropertyOptions),
  /** An instant: ISO 8601 in UTC (`2026-12-01T01:00:00.000Z`). */
  time: (o: ApiPropertyOptions = {}) =>
    ApiProperty({ type: String, format: 'date-time', description: 'ISO 8601, UTC', ...o } as ApiPropertyOptions),
  /** A local date in the organisation's time zone (`2026-12-31`). */
  date: (o: ApiPropertyOptions = {}) =>
    ApiProperty({ type: String, format: 'date', example: '2026-12-31', ...o } as ApiPropertyOptions),
  int: (o: ApiPropertyOptions = {}) => ApiProperty({ type: 'integer', ...o } as ApiPropertyOptions),
  number: (o: ApiPropertyOptions = {}) => ApiProperty({ type: Number, ...o } as ApiPropertyOptions),
  bool: (o: ApiPropertyOptions = {}) => ApiProperty({ type: Boolean, ...o } as ApiPropertyOptions),
  enum: (values: readonly string[], o: ApiPropertyOptions = {}) =>
    ApiProperty({ enum: [...values], ...o } as ApiPropertyOptions),
  strings: (o: ApiPropertyOptions = {}) => ApiProperty({ type: [String], ...o } as ApiPropertyOptions),
  uuids: (o: ApiPropertyOptions = {}) =>
    ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid' }, ...o } as ApiPropertyOptions),
  /** A nested DTO, or a list of them with `[Dto]`. */
  of: (type: ApiPropertyOptions['type'], o: ApiPropertyOptions = {}) =>
    ApiProperty({ type, ...o } as ApiPropertyOptions),
  /** A map from keys to values of one type, e.g. `{ dangyuan: 90 }`. */
  map: (values: Record<string, unknown>, o: ApiPropertyOptions = {}) =>
    ApiProperty({ type: 'object', additionalProperties: values, ...o } as ApiPropertyOptions),
  /** A free-form object (a policy body, an event's data): documented by its description. */
  object: (o: ApiPropertyOptions = {}) =>
    ApiProperty({ type: 'object', additionalProperties: true, ...o } as ApiPropertyOptions),
};

/** How every list answers: `{ items, total?, nextCursor? }` (total: all matches; nextCursor: null on the last page). */
export interface List<T> {
  items: T[];
  total?: number;
  nextCursor?: string | null;
}

/** The list DTO of an item DTO, named `<Item>ListDto` in the document; `total` and `nextCursor` when it pages. */
export function ListOf<T>(
  item: Type<T>,
  paging: { total?: boolean; cursor?: boolean } = {},
  name = `${item.name.replace(/Dto$/, '')}ListDto`,
): Type<List<T>> {
  class ListDto {
    items: T[];
  }
  Prop.of([item])(ListDto.prototype, 'items');
  if (paging.total) Prop.int({ description: 'all matches, not only this page' })(ListDto.prototype, 'total');
  if (paging.cursor) {
    Prop.string({ nullable: true, description: 'pass back as `cursor` for the next page; null on the last' })(
      ListDto.prototype,
      'nextCursor',
    );
  }
  Object.defineProperty(ListDto, 'name', { value: name });
  return ListDto;
}

/** Wraps an array as a list answer. */
export const listOf = <T>(items: T[]): List<T> => ({ items });
