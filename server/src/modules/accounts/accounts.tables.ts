// Rows of `accounts` and `role_grants`. Only the accounts and auth modules write them (auth writes
// the sign-in fields: password, TOTP, last login).
import type { Role } from '../../platform/access.js';

export interface AccountRow {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  password_changed_at: Date;
  must_change_password: boolean;
  password_expires_at: Date | null;
  demo: boolean;
  totp_secret_cipher: string | null;
  totp_enabled: boolean;
  totp_last_step: number | null;
  disabled: boolean;
  created_by: number | null;
  created_at: Date;
  last_login_at: Date | null;
  /** The holder's own phone for text reminders, proved by a code; null: reminders stay in-app. */
  phone_cipher: string | null;
  phone_hash: string | null;
}

export interface GrantRow {
  id: number;
  account_id: number;
  role: Role;
  union_id: number;
  union_path: string;
  union_name: string;
}
