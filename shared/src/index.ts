export * from './awarenessFrame.ts';
export * from './docLayout.ts';
export * from './errors.ts';
export * from './limits.ts';
export * from './protocol.ts';
export * from './roles.ts';
export * from './schemas.ts';
export * from './verdicts.ts';
