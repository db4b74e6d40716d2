import "server-only";
import type { BetterAuthOptions } from "better-auth";
import type { DBAdapter, Where } from "better-auth/adapters";
import { hashSecretToken } from "@/lib/secret-token";

/**
 * better-auth keeps each session's token as given to the browser, and has no option to store a hash
 * of it instead. This wraps its database adapter so the Session table holds only SHA-256 hashes of
 * the tokens: whoever reads the database (a backup, a leaked copy) holds no usable session.
 *
 * Every lookup by token hashes the token first; a session read back by its token gets that token
 * again (better-auth sets it in the refreshed cookie), and a new session is returned with its
 * plain token, which exists nowhere else. Sessions listed by user (better-auth's list-sessions)
 * carry the hash only, so they cannot be replayed; the app does not offer that endpoint's revoke.
 */
type AdapterFactory = (options: BetterAuthOptions) => DBAdapter<BetterAuthOptions>;
type Row = Record<string, unknown>;

const SESSION = "session";

function hashWhere(where: Where[] | undefined): { where: Where[] | undefined; plainByHash: Map<string, string> } {
  const plainByHash = new Map<string, string>();
  const hash = (value: unknown) => {
    if (typeof value !== "string") return value;
    const hashed = hashSecretToken(value);
    plainByHash.set(hashed, value);
    return hashed;
  };
  const mapped = where?.map((clause) => {
    if (clause.field !== "token") return clause;
    const value = Array.isArray(clause.value) ? (clause.value as unknown[]).map(hash) : hash(clause.value);
    return { ...clause, value } as Where;
  });
  return { where: mapped, plainByHash };
}

function restoreToken<T>(row: T, plainByHash: Map<string, string>): T {
  if (!row || typeof row !== "object") return row;
  const token = (row as Row).token;
  const plain = typeof token === "string" ? plainByHash.get(token) : undefined;
  return plain ? ({ ...(row as Row), token: plain } as T) : row;
}

function wrap<A extends Omit<DBAdapter<BetterAuthOptions>, "transaction">>(inner: A): A {
  return {
    ...inner,
    create: async (data) => {
      if (data.model !== SESSION || typeof (data.data as Row).token !== "string") return inner.create(data);
      const plain = (data.data as Row).token as string;
      const created = await inner.create({ ...data, data: { ...data.data, token: hashSecretToken(plain) } });
      return restoreToken(created, new Map([[hashSecretToken(plain), plain]]));
    },
    findOne: async (data) => {
      if (data.model !== SESSION) return inner.findOne(data);
      const { where, plainByHash } = hashWhere(data.where);
      return restoreToken(await inner.findOne({ ...data, where: where ?? [] }), plainByHash);
    },
    findMany: async (data) => {
      if (data.model !== SESSION) return inner.findMany(data);
      const { where, plainByHash } = hashWhere(data.where);
      return (await inner.findMany({ ...data, where })).map((row) => restoreToken(row, plainByHash));
    },
    count: async (data) => (data.model === SESSION ? inner.count({ ...data, where: hashWhere(data.where).where }) : inner.count(data)),
    update: async (data) => {
      if (data.model !== SESSION) return inner.update(data);
      const { where, plainByHash } = hashWhere(data.where);
      return restoreToken(await inner.update({ ...data, where: where ?? [] }), plainByHash);
    },
    updateMany: async (data) => (data.model === SESSION ? inner.updateMany({ ...data, where: hashWhere(data.where).where ?? [] }) : inner.updateMany(data)),
    delete: async (data) => (data.model === SESSION ? inner.delete({ ...data, where: hashWhere(data.where).where ?? [] }) : inner.delete(data)),
    deleteMany: async (data) => (data.model === SESSION ? inner.deleteMany({ ...data, where: hashWhere(data.where).where ?? [] }) : inner.deleteMany(data)),
  };
}

/** The given adapter factory, with session tokens stored as hashes. */
export function withHashedSessionTokens(factory: AdapterFactory): AdapterFactory {
  return (options) => {
    const inner = factory(options);
    const wrapped = wrap(inner);
    return {
      ...wrapped,
      // better-auth runs sign-up and sign-in in a transaction, on the adapter handed to this callback.
      transaction: (callback) => inner.transaction((trx) => callback(wrap(trx))),
    } as DBAdapter<BetterAuthOptions>;
  };
}
