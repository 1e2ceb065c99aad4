import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { PeopleService, type PersonView } from '../../../../libs/organisation/src';
import { type Role, ROLES } from '../../../../libs/persistence/src';
import { uuidParam } from '../http/params';

export class CreatePersonDto {
  @ApiProperty({ example: '张书记' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ example: 'zhang@example.org', nullable: true })
  @IsOptional()
  @IsEmail()
  @Length(3, 254)
  email?: string | null;

  @ApiPropertyOptional({ example: '+86 138 0000 0000', nullable: true })
  @IsOptional()
  @Matches(/^[+\d][\d\s-]{4,30}$/, { message: 'phone must be digits, spaces, - and an optional leading +' })
  phone?: string | null;

  @ApiProperty({ format: 'uuid', description: 'The unit the person belongs to' })
  @IsUUID()
  unitId: string;
}

export class UpdatePersonDto extends PartialType(CreatePersonDto) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class GrantRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty({ format: 'uuid', description: 'The role covers this unit and its whole subtree' })
  @IsUUID()
  unitId: string;
}

export class ListPeopleQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

@ApiTags('organisation')
@ApiBearerAuth()
@Allow('organisation:read')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Post()
  @Allow('organisation:write')
  create(@Body() body: CreatePersonDto): Promise<PersonView> {
    return this.people.create(body);
  }

  @Get()
  list(@CurrentCaller() caller: Caller, @Query() query: ListPeopleQuery): Promise<PersonView[]> {
    return this.people.list(caller, query.unitId);
  }

  @Get(':id')
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<PersonView> {
    return this.people.get(caller, id);
  }

  @Patch(':id')
  @Allow('organisation:write')
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdatePersonDto): Promise<PersonView> {
    return this.people.update(id, body);
  }

  @Post(':id/roles')
  @Allow('organisation:write')
  grant(@Param('id', uuidParam('id')) id: string, @Body() body: GrantRoleDto): Promise<PersonView> {
    return this.people.grantRole(id, body.role, body.unitId);
  }

  @Delete(':id/roles/:assignmentId')
  @Allow('organisation:write')
  revoke(
    @Param('id', uuidParam('id')) id: string,
    @Param('assignmentId', uuidParam('assignmentId')) assignmentId: string,
  ): Promise<PersonView> {
    return this.people.revokeRole(id, assignmentId);
  }
}
