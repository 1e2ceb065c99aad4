import { ListOf, Prop } from '../http/schema';

export class TokenDto {
  @Prop.uuid() id: string;
  @Prop.uuid() personId: string;
  @Prop.string() label: string;
  @Prop.time({ nullable: true }) expiresAt: Date | null;
  @Prop.time({ nullable: true }) revokedAt: Date | null;
  @Prop.time() createdAt: Date;
}

export class IssuedTokenDto {
  @Prop.uuid() id: string;
  @Prop.uuid() personId: string;
  @Prop.string() label: string;
  @Prop.time({ nullable: true }) expiresAt: Date | null;
  @Prop.string({ description: 'the bearer token, shown this once (only its hash is kept)', example: 'hj_…' })
  token: string;
}

export const TokenListDto = ListOf(TokenDto);
