import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PERMISSIONS, type Permission } from '../../../../libs/identity/src';
import { type Role, ROLES } from '../../../../libs/persistence/src';

export class LoginDto {
  @ApiProperty({ example: 'zhanghua', description: '登录名：手机号或工号（不区分大小写）' })
  @IsString()
  @Length(1, 64, { message: '请填写登录名（最多 64 个字符）' })
  login: string;

  @ApiProperty({ example: '江边的桥2026年冬', description: 'never logged nor audited' })
  @IsString()
  @Length(1, 256, { message: '请填写密码' })
  password: string;

  @ApiPropertyOptional({ description: '记住此设备: 30 days idle instead of 12 h, and a persistent cookie' })
  @IsOptional()
  @IsBoolean()
  remember?: boolean;

  @ApiPropertyOptional({ example: '/app/items/8f0c…', description: 'the console page to return to (local only)' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  next?: string;
}

export class ActivationTokenDto {
  @ApiProperty({ description: 'the token from the activation link (after #)' })
  @IsString()
  @Matches(/^hji_[\w-]{20,64}$/, { message: '这不是有效的激活链接' })
  token: string;
}

export class ActivateDto extends ActivationTokenDto {
  @ApiProperty({ description: 'at least 10 characters, not the login, not one of the 10,000 most common passwords' })
  @IsString()
  @Length(1, 256)
  password: string;

  @ApiPropertyOptional({ description: '记住此设备' })
  @IsOptional()
  @IsBoolean()
  remember?: boolean;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, 256)
  currentPassword: string;

  @ApiProperty({ description: 'the same rules as on activation' })
  @IsString()
  @Length(1, 256)
  newPassword: string;
}

export class InviteDto {
  @ApiPropertyOptional({
    example: '13800000000',
    description: 'the login to create or change: phone or staff number; default the existing login, else the phone',
  })
  @IsOptional()
  @IsString()
  @Length(3, 64)
  login?: string;
}

export class SessionPersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '中江桥党支部书记 张华' }) name: string;
}

export class SignedInDto {
  @ApiProperty({ type: SessionPersonDto }) person: SessionPersonDto;
  @ApiProperty({ description: 'send it as X-CSRF-Token on every write made with the session cookie' })
  csrfToken: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'idle expiry; moves on with every request' })
  expiresAt: Date;
  @ApiProperty() remember: boolean;
  @ApiProperty({ example: '/app/items/8f0c…', description: 'where the page goes next: the checked return path' })
  redirectTo: string;
}

export class ActivationPreviewDto {
  @ApiProperty({ example: '中江桥党支部书记 张华' }) name: string;
  @ApiProperty({ example: 'zhanghua' }) login: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: Date;
}

export class EndedSessionsDto {
  @ApiProperty({ description: 'how many open sessions were ended' }) endedSessions: number;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() login: string;
  @ApiProperty({ description: 'PUBLIC_URL/app/activate#<token>: shown once, pass it on; valid 72 h, once' })
  link: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: Date;
  @ApiProperty({ description: 'a reset: the person had a password, and every session of theirs has ended' })
  reset: boolean;
  @ApiProperty() endedSessions: number;
  @ApiProperty({ type: String, nullable: true, description: 'the address it was e-mailed to (SMTP_URL set)' })
  emailedTo: string | null;
}

export class SignInMethodsDto {
  @ApiProperty({ description: 'login and password' }) password: boolean;
  @ApiProperty({ description: '单点登录 (OIDC) is configured' }) sso: boolean;
  @ApiPropertyOptional({ example: '/auth/oidc/start', description: 'where the SSO button points' })
  ssoStart?: string;
}

export class MeRoleDto {
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ example: '芜湖中江桥项目党支部' }) unitName: string;
}

export class MeSessionDto {
  @ApiProperty({ enum: ['session', 'token'], description: 'a browser session (cookie) or a bearer token' })
  kind: 'session' | 'token';
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'session only: idle expiry' })
  expiresAt?: Date;
  @ApiPropertyOptional() remember?: boolean;
  @ApiPropertyOptional({ description: 'session only: send as X-CSRF-Token on writes' })
  csrfToken?: string;
}

export class MePersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: String, nullable: true }) login: string | null;
}

export class MeDto {
  @ApiProperty({ type: MePersonDto }) person: MePersonDto;
  @ApiProperty({ type: [MeRoleDto] }) roles: MeRoleDto[];
  @ApiProperty({ enum: Object.keys(PERMISSIONS), isArray: true, description: 'what your roles allow' })
  permissions: Permission[];
  @ApiProperty({ description: 'unread inbox messages' }) unreadCount: number;
  @ApiProperty({ type: MeSessionDto }) session: MeSessionDto;
}
