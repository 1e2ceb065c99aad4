import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { BLOB_STORE, createBlobStore } from './blob-store';
import { FileSweepSchedule } from './file-sweep-schedule';
import { FilesService } from './files.service';

/** Evidence files: the blob storage the configuration names, and the service over it. */
@Module({
  providers: [
    { provide: BLOB_STORE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createBlobStore(config.files) },
    FilesService,
    FileSweepSchedule,
  ],
  exports: [FilesService, BLOB_STORE],
})
export class FilesModule {}
