export { DynamoPackageRepository, type PackageItems } from './package-repository.js';
export { TABLE, createTable, ensureTable, tableDefinition, tableNameFromEnv } from './table.js';
