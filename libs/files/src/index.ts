export * from './blob-store';
export * from './content-types';
export * from './file-names';
export * from './file-references';
export * from './file-sweep-schedule';
export { FilesModule } from './files.module';
export * from './files.service';
