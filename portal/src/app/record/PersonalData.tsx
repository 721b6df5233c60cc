import { useLang } from '../context.ts';
import { formatDate } from '../i18n.ts';
import type { Person } from './record-types.ts';
import { Section } from './Section.tsx';

export const PersonalData = ({ person }: { person: Person }) => {
  const { t, lang } = useLang();
  const rows: Array<[string, string]> = [
    [t.name, [person.lastName, person.firstName, person.patronymic].filter(Boolean).join(' ')],
    [t.pin, person.pin],
    [t.birthDate, formatDate(lang, person.birthDate)],
    [t.sex, t.sexValues[person.sex] ?? person.sex],
    [t.phone, person.phone ?? t.notGiven],
    [t.address, `${person.address.line}, ${person.address.district.name}, ${person.address.region.name}`],
  ];
  return (
    <Section id="personal" title={t.personalData}>
      <dl className="pairs">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
};
