// Every module's `member.tsx` (web/src/modules/<name>/), read once: the member routes and the service grid append
// what they declare. Kept apart from kit/routing.ts, which those files import: a module evaluates before this list.
import type { MemberModule } from './kit/routing';

export const memberModules: MemberModule[] = Object.values(
  import.meta.glob<MemberModule>('../modules/*/member.tsx', { eager: true }),
);
