export * from './columnMapping.ts';
export * from './mappingFields.ts';
export * from './readMapping.ts';
export * from './suggestMapping.ts';
export * from './suggestValues.ts';
export * from './applyMapping.ts';
export * from './responseWord.ts';
export * from './suggestImportMapping.ts';
