import { describeDatabaseUrl } from './persistence.module';
import { runMigrations } from './data-source';

/** `node dist/libs/persistence/src/migrate.js`: applies pending migrations to DATABASE_URL (production one-shot). */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const applied = await runMigrations(url);
  console.log(`Migrations on ${describeDatabaseUrl(url)}: ${applied.length ? applied.join(', ') : 'none pending'}`);
}

main().catch((error: unknown) => {
  console.error(`Migration failed on ${describeDatabaseUrl(process.env.DATABASE_URL)}: ${String(error)}`);
  process.exit(1);
});
