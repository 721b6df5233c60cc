import { selectRows, type AuthenticatedViewer, type EntityManager } from '@usr/shared';

/**
 * Who signed a parameter draft, an approval, a rejection or a dry-run request, by name: the rules
 * pages and the auditors' history say "Gunel Aliyeva", not an account id. The name is the one the
 * staff member's token carried when they last acted (Keycloak's `name` claim), written in the
 * transaction of the record it signs (a refused request writes nothing); an account that never
 * acted with a name has none here and reads as its id.
 */
export const rememberStaffName = async (em: EntityManager, viewer: AuthenticatedViewer): Promise<void> => {
  if (!viewer.name) return;
  await em.execute(
    `insert into benefits.staff_member (subject, name, seen_at) values (?, ?, now())
     on conflict (subject) do update set name = excluded.name, seen_at = excluded.seen_at where benefits.staff_member.name is distinct from excluded.name`,
    [viewer.subject, viewer.name.slice(0, 200)],
  );
};

export interface StaffName {
  readonly subject: string;
  readonly name: string;
}

/** The names of these accounts (those that have one), for the per-request loader. */
export const findStaffNames = async (em: EntityManager, subjects: readonly string[]): Promise<StaffName[]> =>
  (await selectRows(em, 'select subject, name from benefits.staff_member where subject = any($1)', [[...subjects]])) as unknown as StaffName[];
