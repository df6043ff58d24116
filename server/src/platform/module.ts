// What a domain module declares about itself (`<module>.module.ts`), and the one place that installs those
// declarations. The platform never imports a module: `modules/registry.ts` lists the modules (one line each)
// and the app, the job runner and the tests read that list. A new domain touches only its own folder plus
// that one line.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Ctx, Services } from './context.js';
import { type ErrorEntry, registerErrorCodes } from './error-codes.js';
import { type FigureQuery, registerFigure } from './figures.js';
import { type FileAccessRule, registerFileAccess } from './file-access.js';
import { type NoticeTemplate, registerNotices } from './notify.js';
import { type PendingCount, registerPending } from './pending.js';
import type { RetentionRule } from './retention.js';
import { repathOnMove } from './tree.js';

/** Background work on the queue (platform/queue.ts): run once per schedule across every process. */
export interface JobDefinition {
  /** Queue name, `<module>.<job>`: shown in the console's failed-jobs page. */
  name: string;
  /** Five-field cron, in the server's time zone (minute granularity). */
  cron: string;
  /** Idempotent: a retry, or a second process catching up, finds nothing left to do. */
  run: (ctx: Ctx) => Promise<unknown>;
  /** Also run once when a server starts (work that used to wait for the first tick). */
  runAtStart?: boolean;
}

export interface ModuleDefinition {
  /** The folder name. */
  name: string;
  /** Registers the module's HTTP routes. */
  routes?: (app: FastifyInstance) => Promise<void>;
  /** The module's error codes (`<module>.errors.ts`). */
  errors?: Record<string, ErrorEntry>;
  /** Tables this module owns: no other module writes them (test/architecture.test.ts). */
  tables?: readonly string[];
  /**
   * Columns of owned tables holding personal data encrypted with the PII key, by table: text ciphertexts
   * ("v2:<key id>:…"), or file contents (bytea). Key rotation re-encrypts exactly these (platform/key-rotation.ts).
   */
  encrypted?: Record<string, readonly string[]>;
  /** Owned tables that copy a union path (`union_path`, or the columns given): re-pathed when a subtree moves. */
  repath?: ReadonlyArray<string | { table: string; columns: readonly string[] }>;
  /** Scheduled background work. */
  jobs?: readonly JobDefinition[];
  /** What of the module's data is deleted once its purpose ended, and when. */
  retention?: readonly RetentionRule[];
  /** Who may read the files attached to the module's records, per kind of record. */
  fileAccess?: Record<string, FileAccessRule>;
  /** Numbers for the cockpit over a subtree and this year, by name (labels: `cockpit.figure.<module>.<name>`). */
  figures?: Record<string, FigureQuery>;
  /** Counts of what waits for the caller's decision (the console's menu badges), by kind. */
  pending?: Record<string, PendingCount>;
  /** Messages the module sends members (`<module>.notices.ts`). */
  notices?: Record<string, NoticeTemplate>;
  /** Work to finish at start-up, after migrations (an import commit a stopped process left half done). */
  onStart?: (services: Services) => Promise<void>;
  /**
   * The module's schemas (`import * as schemas from './<name>.schemas.js'`): its responses (`…View`, `…Page`,
   * `…Response`, `…Summary`, `…Detail`, `…Result`) become named schemas of the OpenAPI document, so the web
   * client names them too.
   */
  schemas?: Record<string, unknown>;
}

const responseName = /(View|Page|Response|Summary|Detail|Result)$/;

/** Registers a module's response schemas under their names (`offerView` → `OfferView`); a name used twice fails. */
function nameSchemas(module: ModuleDefinition): void {
  for (const [name, schema] of Object.entries(module.schemas ?? {})) {
    if (!(schema instanceof z.ZodType) || !responseName.test(name)) continue;
    const id = name[0]?.toUpperCase() + name.slice(1);
    const taken = z.globalRegistry.get(schema);
    if (taken?.id === id) continue;
    if (z.globalRegistry._idmap.has(id)) throw new Error(`schema name ${id} is used twice (module ${module.name})`);
    z.globalRegistry.add(schema, { id });
  }
}

export const defineModule = <M extends ModuleDefinition>(module: M): M => module;

/** Tables the platform itself writes (sessions, throttles, the audit trail, the inbox, the dev SMS outbox). */
export const platformTables = [
  'schema_migrations',
  'key_checks',
  'sessions',
  'rate_limits',
  'audit_events',
  'dev_sms_outbox',
  'member_messages',
] as const;

/** The platform's own encrypted columns: the key check's sample, a session's phone, a message's texts. */
export const platformEncrypted: Record<string, readonly string[]> = {
  key_checks: ['cipher'],
  sessions: ['phone_cipher'],
  member_messages: ['title', 'body', 'title_en', 'body_en', 'sms_text', 'sms_phone_cipher'],
};

/** Every encrypted column, the platform's and the modules'. */
export function allEncryptedColumns(list: readonly ModuleDefinition[]): Array<{ table: string; column: string }> {
  return [platformEncrypted, ...list.map((m) => m.encrypted ?? {})].flatMap((byTable) =>
    Object.entries(byTable).flatMap(([table, columns]) => columns.map((column) => ({ table, column }))),
  );
}

const installed = new WeakSet<ModuleDefinition>();

/**
 * Installs what is process-wide (error messages, notice templates, re-path listeners) once per module, however
 * many apps a test process builds.
 */
export function installModules(modules: readonly ModuleDefinition[]): void {
  for (const module of modules) {
    if (installed.has(module)) continue;
    installed.add(module);
    if (module.errors) registerErrorCodes(module.errors);
    if (module.notices) registerNotices(module.name, module.notices);
    nameSchemas(module);
    for (const [kind, rule] of Object.entries(module.fileAccess ?? {})) registerFileAccess(kind, rule);
    for (const [kind, count] of Object.entries(module.pending ?? {})) registerPending(`${module.name}.${kind}`, count);
    for (const [name, query] of Object.entries(module.figures ?? {})) registerFigure(`${module.name}.${name}`, query);
    for (const entry of module.repath ?? []) {
      if (typeof entry === 'string') repathOnMove(entry);
      else repathOnMove(entry.table, entry.columns);
    }
  }
}

export const allRetentionRules = (modules: readonly ModuleDefinition[]): RetentionRule[] =>
  modules.flatMap((m) => m.retention ?? []);

export const allJobs = (modules: readonly ModuleDefinition[]): JobDefinition[] => modules.flatMap((m) => m.jobs ?? []);
