import type { Person } from './record-types.ts';
import { Section } from './Section.tsx';
import { useSpeech } from '../i18n/intl.ts';

export const PersonalData = ({ person }: { person: Person }) => {
  const { t, date } = useSpeech();
  const rows: Array<[string, string]> = [
    [t('portal.name'), [person.lastName, person.firstName, person.patronymic].filter(Boolean).join(' ')],
    [t('portal.pin'), person.pin],
    [t('portal.birthDate'), date(person.birthDate)],
    [t('portal.sex'), t(`enum.Sex.${person.sex}`)],
    [t('portal.phone'), person.phone ?? t('portal.notGiven')],
    [t('portal.address'), `${person.address.line}, ${person.address.district.name}, ${person.address.region.name}`],
  ];
  return (
    <Section id="personal" title={t('portal.personalData')}>
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
