// Who may read the files attached to a record is the record's module's rule: each module declares one per kind
// of record in its definition (`fileAccess`), and the files module asks it before serving a file.
import type { Ctx } from './context.js';

/** The record's union path when the caller may read its files (the audit row is filed under it), else null. */
export type FileAccessRule = (ctx: Ctx, attachedId: number) => Promise<string | null>;

const rules = new Map<string, FileAccessRule>();

export function registerFileAccess(kind: string, rule: FileAccessRule): void {
  rules.set(kind, rule);
}

export const fileAccessRule = (kind: string): FileAccessRule | undefined => rules.get(kind);
