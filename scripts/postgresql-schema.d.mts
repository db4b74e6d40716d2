export declare const SQLITE_SCHEMA: string;
export declare const POSTGRESQL_SCHEMA: string;
export declare function postgresqlSchemaFrom(sqliteSchema: string): string;
export declare function writePostgresqlSchema(): boolean;
