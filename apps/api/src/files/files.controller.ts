import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { type FileVariant, FilesService } from '../../../../libs/files/src';
import { uuidParam } from '../http/params';
import { FileDto, UploadFilesDto } from './files.dto';

/** Evidence files: upload (streamed), metadata and downloads, each within the caller's scope. */
@ApiTags('files')
@ApiBearerAuth()
@Allow('files:read')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @Allow('files:upload')
  @ApiOperation({
    summary: 'Upload photos and documents (multipart, field "file"); the type is decided from the bytes',
    description:
      'JPEG, PNG, WebP, HEIC/HEIF, PDF, DOCX, XLSX; 413 over the size or count limit, 415 naming the detected type, ' +
      '400 for an empty file. All files of a request are stored, or none.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadFilesDto })
  @ApiCreatedResponse({ type: [FileDto] })
  upload(@CurrentCaller() caller: Caller, @Req() request: Request): Promise<FileDto[]> {
    return this.files.upload(caller, request);
  }

  @Get(':id/meta')
  @ApiOperation({ summary: 'A file’s metadata (name, type, size, hash, size in pixels, capture time)' })
  @ApiOkResponse({ type: FileDto })
  meta(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<FileDto> {
    return this.files.get(caller, id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The original, byte for byte (images and PDF inline, others as attachment)' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 304, description: 'unchanged since the ETag given in If-None-Match' })
  original(
    @CurrentCaller() c: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Req() q: Request,
    @Res() r: Response,
  ) {
    return this.send(c, id, 'original', q, r);
  }

  @Get(':id/thumbnail')
  @ApiOperation({ summary: 'Thumbnail (≤ 320 px, upright, no EXIF), or a file icon' })
  @ApiProduces('image/jpeg', 'image/png')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 304, description: 'unchanged since the ETag given in If-None-Match' })
  thumbnail(
    @CurrentCaller() c: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Req() q: Request,
    @Res() r: Response,
  ) {
    return this.send(c, id, 'thumbnail', q, r);
  }

  @Get(':id/preview')
  @ApiOperation({ summary: 'Display copy (≤ 1600 px, upright, no EXIF); a PDF as itself; otherwise a file icon' })
  @ApiProduces('image/jpeg', 'image/png', 'application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 304, description: 'unchanged since the ETag given in If-None-Match' })
  preview(@CurrentCaller() c: Caller, @Param('id', uuidParam('id')) id: string, @Req() q: Request, @Res() r: Response) {
    return this.send(c, id, 'preview', q, r);
  }

  /** Headers first (nosniff, disposition, ETag: a phone keeps thumbnails), then the bytes; 304 when unchanged. */
  private async send(caller: Caller, id: string, variant: FileVariant, request: Request, response: Response) {
    const file = await this.files.download(caller, id, variant);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('ETag', file.etag);
    response.setHeader('Cache-Control', 'private, max-age=86400');
    if (request.headers['if-none-match'] === file.etag) {
      file.stream.destroy();
      response.status(304).end();
      return;
    }
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', file.disposition);
    // Nothing from a stored file may run as a page of this site, even if a browser tried to render it.
    response.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    );
    if (file.size !== undefined) response.setHeader('Content-Length', String(file.size));
    file.stream.on('error', () => response.destroy()).pipe(response);
  }
}
