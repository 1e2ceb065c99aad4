import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../../../libs/identity/src';
import { useConsoleCsp } from './console-csp';
import { StaticAssets } from './static-assets';

/**
 * The activation page (`/app/activate#<token>`), where an invited person sets a password and is signed in: a small
 * server page ahead of the console's routes, since it is opened before there is anybody to run the console for.
 */
@ApiExcludeController()
@Public()
@Controller('app')
export class ActivationPageController {
  private readonly assets = new StaticAssets();

  @Get('activate')
  activate(@Res() res: Response): void {
    useConsoleCsp(res);
    this.assets.send(res, 'app-activate.html');
  }
}
