import { extname } from 'node:path';
import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '../../../../libs/domain/src';
import { Public } from '../../../../libs/identity/src';
import { StaticAssets } from './static-assets';

/**
 * Web pages (挂图作战 battle map, 督办 committee board): static HTML + ES modules that call the JSON API with the
 * token a person types in (kept in sessionStorage, never in a URL). The pages themselves need no token.
 */
@ApiExcludeController()
@Public()
@Controller('pages')
export class PagesController {
  private readonly assets = new StaticAssets();

  @Get('battle-map')
  battleMap(@Res() res: Response): void {
    this.assets.send(res, 'battle-map.html');
  }

  @Get('committee-board')
  committeeBoard(@Res() res: Response): void {
    this.assets.send(res, 'committee-board.html');
  }

  @Get('assets/:file')
  @Header('Cache-Control', 'no-cache')
  asset(@Param('file') file: string, @Res() res: Response): void {
    if (extname(file) === '.html') throw new DomainError('NOT_FOUND', `No page asset ${file}`, { file });
    this.assets.send(res, file);
  }
}
