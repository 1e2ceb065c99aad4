import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../../libs/domain/src';
import { Public } from '../../../../libs/identity/src';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg']);

interface Asset {
  type: string;
  body: Buffer;
  gzip?: Buffer;
}

/**
 * The console's build (Vite writes it to dist/console; `npm start`, `npm test` and the image build it): beside the
 * compiled API in dist/, or under the repository's dist/ when running from source (the tests).
 */
export function consoleDir(): string {
  const top = join(__dirname, '..', '..', '..', '..');
  const compiled = join(top, 'console');
  return existsSync(join(compiled, 'index.html')) ? compiled : join(top, 'dist', 'console');
}

/** Every file of the build, read and gzipped once: nothing outside this list can be served. */
function loadBuild(dir: string): { index?: Asset; assets: Map<string, Asset> } {
  const read = (file: string): Asset => {
    const body = readFileSync(file);
    const ext = extname(file);
    return { type: TYPES[ext], body, gzip: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }) : undefined };
  };
  const assetsDir = join(dir, 'assets');
  const assets = new Map<string, Asset>(
    existsSync(assetsDir)
      ? readdirSync(assetsDir)
          .filter((f) => TYPES[extname(f)])
          .map((f) => [f, read(join(assetsDir, f))])
      : [],
  );
  const indexFile = join(dir, 'index.html');
  return { index: existsSync(indexFile) ? read(indexFile) : undefined, assets };
}

/**
 * The console (工作台): one single-page app at `/` and under `/app/…` (history routing: every such path answers
 * the same index.html, the router in the page picks the screen). Its scripts and styles are files of its own
 * (hashed names, cached for a year), so the page runs under a script-src 'self' policy with nothing inline.
 */
@ApiExcludeController()
@Public()
@Controller()
export class ConsoleController {
  private readonly build = loadBuild(consoleDir());

  @Get(['/', 'app', 'app/*path'])
  index(@Req() req: Request, @Res() res: Response): void {
    if (!this.build.index) {
      throw new DomainError(
        'NOT_FOUND',
        'The console is not built: run npm start (or npx vite build --config apps/console/vite.config.mts)',
        {},
      );
    }
    res.setHeader('Cache-Control', 'no-cache');
    this.send(req, res, this.build.index);
  }

  @Get('assets/:file')
  asset(@Param('file') file: string, @Req() req: Request, @Res() res: Response): void {
    const asset = this.build.assets.get(file);
    if (!asset) throw new DomainError('NOT_FOUND', `No console asset ${file}`, { file });
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    this.send(req, res, asset);
  }

  private send(req: Request, res: Response, asset: Asset): void {
    res.setHeader('Content-Type', asset.type);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Vary', 'Accept-Encoding');
    if (asset.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(asset.gzip);
      return;
    }
    res.send(asset.body);
  }
}
