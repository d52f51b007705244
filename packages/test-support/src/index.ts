export * from './ports.js';
export * from './admin-database.js';
