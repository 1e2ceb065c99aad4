import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ROLES, UNIT_KINDS } from '../../../../libs/persistence/src';
import { ListOf, Prop } from '../http/schema';

export class UnitDto {
  @Prop.uuid() id: string;
  @Prop.string({ example: 'wuhu-zjq-dzb' }) code: string;
  @Prop.string({ example: '芜湖中江桥项目党支部' }) name: string;
  @Prop.enum(UNIT_KINDS) kind: (typeof UNIT_KINDS)[number];
  @Prop.uuid({ nullable: true }) parentId: string | null;
  @Prop.string({ description: 'materialised path of ids: /<root>/…/<id>/' }) path: string;
}

export class UnitTreeDto extends UnitDto {
  // Recursive: a reference by name, as the class is not defined yet when its decorators run.
  @ApiProperty({ type: 'array', items: { $ref: getSchemaPath('UnitTreeDto') } }) children: UnitTreeDto[];
}

export class RegionLeadUnitDto {
  @Prop.uuid() id: string;
  @Prop.string() name: string;
}

export class RegionMemberDto {
  @Prop.uuid() id: string;
  @Prop.string() code: string;
  @Prop.string() name: string;
  @Prop.enum(UNIT_KINDS) kind: string;
}

export class RegionDto {
  @Prop.uuid() id: string;
  @Prop.string({ example: 'wuhu' }) code: string;
  @Prop.string({ example: '芜湖片区' }) name: string;
  @Prop.of(RegionLeadUnitDto, { description: '主责单位' }) leadUnit: RegionLeadUnitDto;
  @Prop.of([RegionMemberDto]) members: RegionMemberDto[];
}

export class RoleAssignmentDto {
  @Prop.uuid() id: string;
  @Prop.enum(ROLES) role: (typeof ROLES)[number];
  @Prop.uuid() unitId: string;
}

export class PersonDto {
  @Prop.uuid() id: string;
  @Prop.string() name: string;
  @Prop.string({ nullable: true }) email: string | null;
  @Prop.string({ nullable: true }) phone: string | null;
  @Prop.uuid() unitId: string;
  @Prop.bool() active: boolean;
  @Prop.of([RoleAssignmentDto]) roles: RoleAssignmentDto[];
}

export const UnitListDto = ListOf(UnitDto);
export const RegionListDto = ListOf(RegionDto);
export const PersonListDto = ListOf(PersonDto);
