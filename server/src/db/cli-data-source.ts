import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { entities } from '../entities';
import { migrations } from '../migrations';

/**
 * For TypeORM's CLI only (`npm run migration:generate -- src/migrations/Name`), against the
 * PostgreSQL of DATABASE_URL. The server never uses it.
 */
export default new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities, migrations, uuidExtension: 'pgcrypto' });
