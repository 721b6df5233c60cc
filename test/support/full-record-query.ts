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
