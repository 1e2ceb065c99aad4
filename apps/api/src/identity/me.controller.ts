import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Allow, type Caller, CurrentCaller, PERMISSIONS, type Permission } from '../../../../libs/identity/src';
import { InboxService } from '../../../../libs/notifications/src';
import type { Role } from '../../../../libs/persistence/src';

export interface MeView {
  person: { id: string; name: string; unitId: string; unitName: string };
  roles: { role: Role; unitId: string; unitName: string }[];
  permissions: Permission[];
  unreadCount: number;
}

/** Who is calling: the console builds its menus from the roles and permissions. */
@ApiTags('identity')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly inbox: InboxService,
  ) {}

  @Get()
  @Allow('inbox:read')
  @ApiOperation({ summary: 'The caller: person, roles with units, permissions, unread inbox count' })
  async me(@CurrentCaller() caller: Caller): Promise<MeView> {
    const unitIds = [caller.unitId, ...caller.roles.map((r) => r.unitId)];
    const [units, inbox] = await Promise.all([
      this.db.query(`SELECT id, name FROM units WHERE id = ANY($1::uuid[])`, [unitIds]) as Promise<
        { id: string; name: string }[]
      >,
      this.inbox.list(caller, { limit: 1, offset: 0 }),
    ]);
    const nameOf = (id: string) => units.find((u) => u.id === id)?.name ?? '';
    const held = new Set<Role>(caller.roles.map((r) => r.role));
    return {
      person: { id: caller.personId, name: caller.name, unitId: caller.unitId, unitName: nameOf(caller.unitId) },
      roles: caller.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitName: nameOf(r.unitId) })),
      permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((p) =>
        (PERMISSIONS[p] as readonly Role[]).some((role) => held.has(role)),
      ),
      unreadCount: inbox.unreadCount,
    };
  }
}
