import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  PartialType,
} from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { PeopleService } from '../../../../libs/organisation/src';
import { type Role, ROLES } from '../../../../libs/persistence/src';
import { uuidParam } from '../http/params';
import { type List, listOf } from '../http/schema';
import { PersonDto, PersonListDto } from './organisation.responses';

export class CreatePersonDto {
  @ApiProperty({ example: '张书记' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ type: String, example: 'zhang@example.org', nullable: true })
  @IsOptional()
  @IsEmail()
  @Length(3, 254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, example: '+86 138 0000 0000', nullable: true })
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
  @ApiCreatedResponse({ type: PersonDto })
  create(@Body() body: CreatePersonDto): Promise<PersonDto> {
    return this.people.create(body);
  }

  @Get()
  @ApiOkResponse({ type: PersonListDto })
  async list(@CurrentCaller() caller: Caller, @Query() query: ListPeopleQuery): Promise<List<PersonDto>> {
    return listOf(await this.people.list(caller, query.unitId));
  }

  @Get(':id')
  @ApiOkResponse({ type: PersonDto })
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<PersonDto> {
    return this.people.get(caller, id);
  }

  @Patch(':id')
  @Allow('organisation:write')
  @ApiOkResponse({ type: PersonDto })
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdatePersonDto): Promise<PersonDto> {
    return this.people.update(id, body);
  }

  @Post(':id/roles')
  @Allow('organisation:write')
  @ApiCreatedResponse({ type: PersonDto, description: 'the person with the new role' })
  grant(@Param('id', uuidParam('id')) id: string, @Body() body: GrantRoleDto): Promise<PersonDto> {
    return this.people.grantRole(id, body.role, body.unitId);
  }

  @Delete(':id/roles/:assignmentId')
  @Allow('organisation:write')
  @ApiOkResponse({ type: PersonDto, description: 'the person without the role' })
  revoke(
    @Param('id', uuidParam('id')) id: string,
    @Param('assignmentId', uuidParam('assignmentId')) assignmentId: string,
  ): Promise<PersonDto> {
    return this.people.revokeRole(id, assignmentId);
  }
}
