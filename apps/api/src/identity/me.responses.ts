import { ROLES } from '../../../../libs/persistence/src';
import { PERMISSIONS } from '../../../../libs/identity/src';
import { Prop } from '../http/schema';

export class MePersonDto {
  @Prop.uuid() id: string;
  @Prop.string() name: string;
  @Prop.uuid() unitId: string;
  @Prop.string() unitName: string;
}

export class MeRoleDto {
  @Prop.enum(ROLES) role: (typeof ROLES)[number];
  @Prop.uuid({ description: 'the role covers this unit and its subtree' }) unitId: string;
  @Prop.string() unitName: string;
}

/** Who is calling: the console builds its menus from the roles and permissions. */
export class MeDto {
  @Prop.of(MePersonDto) person: MePersonDto;
  @Prop.of([MeRoleDto]) roles: MeRoleDto[];
  @Prop.enum(Object.keys(PERMISSIONS), { isArray: true, description: 'what your roles allow (the matrix in README)' })
  permissions: (keyof typeof PERMISSIONS)[];
  @Prop.int({ description: 'unread inbox messages' }) unreadCount: number;
}
