import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import type { FileSummary } from '../../../../libs/files/src';

/** A stored file (佐证材料) as every endpoint shows it. */
export class FileDto implements FileSummary {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    example: '整改后照片.jpg',
    description: 'original name, sanitised (no folders, no control characters, ≤ 200)',
  })
  name: string;

  @ApiProperty({ example: 2345678, description: 'bytes of the original' })
  size: number;

  @ApiProperty({ example: 'image/jpeg', description: 'decided from the bytes, not from the name' })
  contentType: string;

  @ApiProperty({ example: 'e3b0c442…', description: 'sha256 of the original, hex' })
  sha256: string;

  @ApiPropertyOptional({ description: 'upright width (photos the server can decode)' })
  width?: number;

  @ApiPropertyOptional()
  height?: number;

  @ApiPropertyOptional({ format: 'date-time', description: '拍摄时间 from EXIF, when the photo says' })
  capturedAt?: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ example: '/files/…', description: 'the original, byte for byte' })
  url: string;

  @ApiPropertyOptional({ example: '/files/…/thumbnail', description: 'present when the photo has copies' })
  thumbnailUrl?: string;

  @ApiPropertyOptional({ example: '/files/…/preview' })
  previewUrl?: string;
}

/** The multipart body of POST /files, for the OpenAPI document. */
export class UploadFilesDto {
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'binary' }, description: 'one or more files' })
  file: unknown[];
}

/** Most files on one statement (a plan, a finding, the minutes …). */
export const MAX_FILES_PER_STATEMENT = 20;

/** Optional files (ids from POST /files) on anything a person states; each is checked before the action. */
export class WithFilesDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'file ids from POST /files (photos, scans)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_FILES_PER_STATEMENT)
  @IsUUID('all', { each: true, message: 'files must hold file ids (UUIDs) from POST /files' })
  files?: string[];
}
