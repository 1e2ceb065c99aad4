import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '../../../../libs/domain/src';
import { Public } from '../../../../libs/identity/src';
import { projectRoot } from '../../../../libs/runtime/src/project-paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The static folder beside this file (source runs), or in the repository when running from dist/. An image that
 * ships only dist/ must copy it there (dist/apps/api/src/pages/static); without it the pages answer 404.
 */
function staticDir(): string | undefined {
  const beside = join(__dirname, 'static');
  if (existsSync(beside)) return beside;
  try {
    const inRepo = join(projectRoot(), 'apps', 'api', 'src', 'pages', 'static');
    return existsSync(inRepo) ? inRepo : undefined;
  } catch {
    return undefined;
  }
}

/** Every file of the static folder, read once: nothing outside this list can ever be served. */
function loadAssets(): Map<string, { type: string; body: Buffer }> {
  const dir = staticDir();
  if (!dir) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((f) => TYPES[extname(f)])
      .map((f) => [f, { type: TYPES[extname(f)], body: readFileSync(join(dir, f)) }]),
  );
}

/**
 * Web pages (挂图作战 battle map, 督办 committee board): static HTML + ES modules that call the JSON API with the
 * token a person types in (kept in sessionStorage, never in a URL). The pages themselves need no token.
 */
@ApiExcludeController()
@Public()
@Controller('pages')
export class PagesController {
  private readonly assets = loadAssets();

  @Get('battle-map')
  battleMap(@Res() res: Response): void {
    this.send(res, 'battle-map.html');
  }

  @Get('committee-board')
  committeeBoard(@Res() res: Response): void {
    this.send(res, 'committee-board.html');
  }

  @Get('assets/:file')
  @Header('Cache-Control', 'no-cache')
  asset(@Param('file') file: string, @Res() res: Response): void {
    if (extname(file) === '.html') throw notFound(file);
    this.send(res, file);
  }

  private send(res: Response, file: string): void {
    const asset = this.assets.get(file);
    if (!asset) throw notFound(file);
    res.setHeader('Content-Type', asset.type);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.send(asset.body);
  }
}

function notFound(file: string): DomainError {
  return new DomainError('NOT_FOUND', `No page asset ${file}`, { file });
}
