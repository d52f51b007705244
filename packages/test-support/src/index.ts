export * from './ports.js';
export * from './admin-database.js';
export * from './smtp-receiver.js';
