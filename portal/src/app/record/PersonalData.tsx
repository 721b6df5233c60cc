import type { ReactNode } from 'react';
import type { Person } from './record-types.ts';
import { Section } from './Section.tsx';
import { useSpeech } from '../i18n/intl.ts';

export const PersonalData = ({ person }: { person: Person }) => {
  const { t, code, date } = useSpeech();
  const rows: Array<[string, ReactNode]> = [
    [t('portal.name'), [person.lastName, person.firstName, person.patronymic].filter(Boolean).join(' ')],
    [t('portal.pin'), person.pin],
    [t('portal.birthDate'), date(person.birthDate)],
    [t('portal.sex'), t(`enum.Sex.${person.sex}`)],
    [t('portal.phone'), person.phone ?? t('portal.notGiven')],
    [
      t('portal.address'),
      // The address line is written in Azerbaijani, whatever the page's language.
      <>
        <span lang="az">{person.address.line}</span>, {code('district', person.address.district.code)}, {code('region', person.address.region.code)}
      </>,
    ],
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
