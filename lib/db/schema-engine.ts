import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import type { DatabaseTarget } from "@/lib/db/database-url";

/**
 * Prisma's own schema engine, compiled to WebAssembly, driven through a driver adapter. It is the
 * engine behind `prisma migrate deploy`, so the history it writes to _prisma_migrations is the
 * same one a machine with the native CLI would see; nothing here downloads anything.
 */

type WasmModule = typeof import("@prisma/schema-engine-wasm") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let enginePromise: Promise<WasmModule> | undefined;

function projectRoot(): string {
  return process.cwd();
}

async function loadWasmEngine(): Promise<WasmModule> {
  // A wasm-bindgen "bundler" build: Node cannot import its .wasm file as a module, so the glue
  // module is imported and the binary instantiated by hand.
  const require = createRequire(path.join(projectRoot(), "package.json"));
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const glue = (await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href)) as WasmModule;
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

export function schemaDir(provider: DatabaseTarget["provider"]): string {
  return path.join(projectRoot(), "prisma", provider);
}

export async function readSchema(provider: DatabaseTarget["provider"]): Promise<{ path: string; content: string }> {
  const file = path.join(schemaDir(provider), "schema.prisma");
  return { path: file, content: await readFile(file, "utf8") };
}

/** The committed migrations folder of a provider, in Prisma's layout. */
export async function readMigrationList(provider: DatabaseTarget["provider"]): Promise<MigrationList> {
  const baseDir = path.join(schemaDir(provider), "migrations");
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const entries = existsSync(baseDir) ? await readdir(baseDir, { withFileTypes: true }) : [];
  const directories = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      directories.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(baseDir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

function adapterFactory(target: DatabaseTarget) {
  if (target.provider === "sqlite") return new PrismaBetterSqlite3({ url: target.filePath, timeout: 10_000 });
  return new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: 10_000 });
}

/**
 * The statements of a migration script, split on the semicolons outside dollar-quoted bodies: a
 * PostgreSQL function (the report-version triggers) holds semicolons of its own.
 */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current = "";
  let quoted = false;
  for (const part of script.split(/(\$\$|;)/)) {
    if (part === "$$") quoted = !quoted;
    if (part === ";" && !quoted) {
      statements.push(current);
      current = "";
    } else {
      current += part;
    }
  }
  statements.push(current);
  return statements.map((statement) => statement.trim()).filter((statement) => statement.length > 0);
}

/**
 * The pg adapter runs a migration script by splitting it on every semicolon, which cuts a function
 * body apart; this runs it statement by statement as splitStatements cuts it. SQLite's adapter hands
 * the whole script to SQLite, which reads trigger bodies itself.
 */
function withWholeStatements(adapter: SqlDriverAdapter): SqlDriverAdapter {
  if (adapter.provider !== "postgres") return adapter;
  adapter.executeScript = async (script: string) => {
    for (const sql of splitStatements(script)) await adapter.executeRaw({ sql, args: [], argTypes: [] });
  };
  return adapter;
}

export type OpenSchemaEngine = { engine: SchemaEngine; close: () => Promise<void> };

/**
 * Opens the schema engine on a database. `close()` frees the engine and closes the connections it
 * opened: freeing alone leaves them open, and an open SQLite connection keeps its lock.
 */
export async function openSchemaEngine(target: DatabaseTarget): Promise<OpenSchemaEngine> {
  enginePromise ??= loadWasmEngine();
  const wasm = await enginePromise;
  const schema = await readSchema(target.provider);
  const base = adapterFactory(target);
  const opened: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = withWholeStatements(await base.connect());
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = withWholeStatements(await base.connectToShadowDb());
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await wasm.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((adapter) => adapter.dispose()));
    },
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
