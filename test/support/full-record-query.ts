/** One person's whole record, across all five data subgraphs (the full-record test, benchmark and trace). */
export const FULL_RECORD = /* GraphQL */ `
  query FullRecord($pin: String!) {
    person(pin: $pin) {
      pin firstName lastName birthDate age
      address { line district { name } region { code name } }
      household {
        id region { name }
        members {
          relation from
          person {
            pin firstName age
            facts(page: { limit: 1000 }) { items { kind validFrom agency { code } } }
            benefits { monthlyAmount }
          }
        }
        assistance { monthlyAmount status }
      }
      facts(page: { limit: 1000 }) {
        items { id kind validFrom recordedAt sourceReference agency { name } value { __typename ... on IncomeValue { amount month source } } }
        hasMore
      }
      benefits {
        id status monthlyAmount periodFrom
        benefitType { code name }
        decision { outcome ruleVersion }
        payments { month amount status account { bank } }
      }
      payments { items { month amount } }
      paymentAccounts { bank branchAddress cardPickupDate }
    }
  }
`;

/** The README's full record ("Example queries"): bench/gateway-vs-hive.ts sends it, the query-plan test holds its plan. */
export const README_FULL_RECORD = /* GraphQL */ `
  query FullRecord($pin: String!) {
    person(pin: $pin) {
      firstName lastName birthDate address { line region { name } }
      household { members { relation person { firstName age } } assistance { monthlyAmount status } }
      facts(filter: { kinds: [INCOME] }) { items { agency { name } validFrom sourceReference value { ... on IncomeValue { amount month } } } }
      benefits { benefitType { name } monthlyAmount periodFrom decision { outcome steps { description result } } payments { month amount status } }
      paymentAccounts { bank branchAddress cardPickupDate }
    }
  }
`;
