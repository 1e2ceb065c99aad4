import { ListOf, Prop } from '../http/schema';

export class AuditEntryDto {
  @Prop.string({ description: 'ids are decimal strings', example: '42' }) id: string;
  @Prop.time() at: Date;
  @Prop.uuid({ nullable: true, description: 'null when refused without a known caller' })
  actorPersonId: string | null;
  @Prop.string({ nullable: true }) actorName: string | null;
  @Prop.string({ example: 'POST /items/:id/plan', description: 'method and route' }) action: string;
  @Prop.string({ nullable: true, description: "the route's ids, joined by /" }) target: string | null;
  @Prop.int({ example: 200 }) status: number;
  @Prop.string() requestId: string;
  @Prop.object({ description: 'the body, secrets masked and long texts cut' }) request: Record<string, unknown>;
  @Prop.object({ description: 'status and the ids/states written, or the error code' })
  outcome: Record<string, unknown>;
}

export const AuditEntryListDto = ListOf(AuditEntryDto);
