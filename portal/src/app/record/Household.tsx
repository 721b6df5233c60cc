import type { Person } from './record-types.ts';
import { Section } from './Section.tsx';
import { useSpeech } from '../i18n/intl.ts';

export const Household = ({ person, staff }: { person: Person; staff: boolean }) => {
  const { t, date } = useSpeech();
  const members = person.household?.members ?? [];
  return (
    <Section id="household" title={staff ? t('staff.household') : t('portal.household')}>
      {members.length === 0 ? (
        <p>{t('portal.noHousehold')}</p>
      ) : (
        <ul className="list" aria-labelledby="household">
          {members.map((m) => (
            <li key={m.id} className={m.person.pin === person.pin ? 'me' : undefined}>
              <strong>
                {m.person.firstName} {m.person.lastName}
              </strong>
              <span className="muted"> · {t(`enum.Relation.${m.relation}`)}</span>
              <div className="small">
                {t('portal.birthDate')}: {date(m.person.birthDate)} · {t('portal.since')}: {date(m.from)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};
