import 'reflect-metadata';
import { loadAppConfig } from '../../../libs/config/src';
import { describeDatabaseUrl } from '../../../libs/persistence/src';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const app = await createApiApp().catch((error: unknown) => {
    console.error(
      `huijian api: failed to start; Postgres at ${describeDatabaseUrl(config.databaseUrl)}: ${String(error)}`,
    );
    process.exit(1);
  });
  process.once('disconnect', () => void app.close());
  process.channel?.unref();
  await app.listen(config.port, config.host);
  console.log(`huijian api listening on ${config.publicUrl}`);
}

main().catch((error: unknown) => {
  // An invalid or missing variable (HUIJIAN_SECRET_KEY in production …) is one line naming it, not a stack trace.
  console.error(`huijian api: failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
