import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Response } from 'express';
import { DomainError } from '../../../../libs/domain/src';
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
export class StaticAssets {
  private readonly files: Map<string, { type: string; body: Buffer }>;

  constructor() {
    const dir = staticDir();
    this.files = new Map(
      dir
        ? readdirSync(dir)
            .filter((f) => TYPES[extname(f)])
            .map((f) => [f, { type: TYPES[extname(f)], body: readFileSync(join(dir, f)) }])
        : [],
    );
  }

  send(res: Response, file: string): void {
    const asset = this.files.get(file);
    if (!asset) throw new DomainError('NOT_FOUND', `No page asset ${file}`, { file });
    res.setHeader('Content-Type', asset.type);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.send(asset.body);
  }
}
