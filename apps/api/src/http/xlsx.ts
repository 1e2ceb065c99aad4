import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The OpenAPI description of a route that answers a workbook. */
export const ApiXlsx = (): MethodDecorator =>
  applyDecorators(
    ApiProduces(XLSX_TYPE),
    ApiOkResponse({
      description: 'the workbook',
      content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
    }),
  );

/**
 * Streams a workbook as a download named `fileName` (Chinese; `asciiName` is the RFC 6266 fallback). Should writing
 * fail once the headers are gone, the connection is cut so the client sees a broken file, not a truncated success;
 * before that, the error propagates to the error filter as usual.
 */
export async function sendXlsx(
  res: Response,
  names: { asciiName: string; fileName: string },
  write: (out: Response) => Promise<unknown>,
): Promise<void> {
  res.setHeader('Content-Type', XLSX_TYPE);
  // RFC 6266/5987: an ASCII fallback, then the Chinese name percent-encoded in UTF-8.
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${names.asciiName}"; filename*=UTF-8''${encodeURIComponent(names.fileName)}`,
  );
  res.setHeader('Cache-Control', 'no-store');
  try {
    await write(res);
  } catch (error) {
    if (res.headersSent) {
      res.destroy(error instanceof Error ? error : undefined);
      return;
    }
    res.removeHeader('Content-Type');
    res.removeHeader('Content-Disposition');
    throw error;
  }
}
