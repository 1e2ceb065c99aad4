import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, readCookie, SESSION_COOKIE, SessionsService } from '../../../../libs/identity/src';
import { useConsoleCsp } from './console-csp';
import { StaticAssets } from './static-assets';

/**
 * The console's routes (`/app/…`), where every link in a message lands: the sign-in and activation pages, and any
 * other page only with a live session — without one, the sign-in page, which then returns to the page asked for.
 * These minimal pages stand in until the console app (issue 19) serves its own build under the same routes.
 */
@ApiExcludeController()
@Public()
@Controller('app')
export class ConsoleController {
  private readonly assets = new StaticAssets();

  constructor(private readonly sessions: SessionsService) {}

  @Get('login')
  login(@Res() res: Response): void {
    useConsoleCsp(res);
    this.assets.send(res, 'app-login.html');
  }

  @Get('activate')
  activate(@Res() res: Response): void {
    useConsoleCsp(res);
    this.assets.send(res, 'app-activate.html');
  }

  @Get(['', '*path'])
  async page(@Req() req: Request, @Res() res: Response): Promise<void> {
    const cookie = readCookie(req.headers.cookie, SESSION_COOKIE);
    const signedIn = cookie ? await this.sessions.resolve(cookie) : undefined;
    if (!signedIn) {
      res.redirect(302, `/app/login?next=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    useConsoleCsp(res);
    this.assets.send(res, 'app-shell.html');
  }
}
