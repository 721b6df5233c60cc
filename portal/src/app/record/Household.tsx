import { useLang } from '../context.ts';
import { formatDate } from '../i18n.ts';
import type { Person } from './record-types.ts';
import { Section } from './Section.tsx';

export const Household = ({ person, staff }: { person: Person; staff: boolean }) => {
  const { t, s, lang } = useLang();
  const members = person.household?.members ?? [];
  return (
    <Section id="household" title={staff ? s.household : t.household}>
      {members.length === 0 ? (
        <p>{t.noHousehold}</p>
      ) : (
        <ul className="list" aria-labelledby="household">
          {members.map((m) => (
            <li key={m.id} className={m.person.pin === person.pin ? 'me' : undefined}>
              <strong>
                {m.person.firstName} {m.person.lastName}
              </strong>
              <span className="muted"> · {t.relations[m.relation] ?? m.relation}</span>
              <div className="small">
                {t.birthDate}: {formatDate(lang, m.person.birthDate)} · {t.since}: {formatDate(lang, m.from)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};
