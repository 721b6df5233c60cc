import type { SubgraphDatabaseDefinition } from '@usr/shared';
import { AppealEventSchema, AppealSchema } from './entities/appeal.ts';
import { ApplicationSchema } from './entities/application.ts';
import { AssignmentSchema } from './entities/assignment.ts';
import { DecisionSchema } from './entities/decision.ts';
import { DecisionLogEntrySchema } from './entities/decision-log-entry.ts';
import { NotificationSchema } from './entities/notification.ts';
import { ParameterDraftSchema, ParameterDryRunSchema, ParameterVersionSchema } from './entities/parameter-version.ts';
// changes stream (#13): review items
import { ChangeReviewSchema } from './entities/change-review.ts';
import { Migration20261207080000CreateChangeReviews } from './migrations/Migration20261207080000CreateChangeReviews.ts';
import { Migration20261123110000CreateBenefits } from './migrations/Migration20261123110000CreateBenefits.ts';
import { Migration20261124090000AddAssignmentDecisionIndex } from './migrations/Migration20261124090000AddAssignmentDecisionIndex.ts';
import { Migration20261203100000AddDecisionLogAndNotifications } from './migrations/Migration20261203100000AddDecisionLogAndNotifications.ts';
import { Migration20261206040000AddDecisionLogCheckpoints } from './migrations/Migration20261206040000AddDecisionLogCheckpoints.ts';
import { Migration20261206050000CreateAppeals } from './migrations/Migration20261206050000CreateAppeals.ts';
import { Migration20261206090000AddApplicationWithdrawal } from './migrations/Migration20261206090000AddApplicationWithdrawal.ts';
import { Migration20261206130000DecisionReplacedOnce } from './migrations/Migration20261206130000DecisionReplacedOnce.ts';
// trust stream (#11): a notification's benefit
import { Migration20261207060000AddNotificationBenefit } from './migrations/Migration20261207060000AddNotificationBenefit.ts';
import { Migration20261206200000CreateRuleParameters } from './migrations/Migration20261206200000CreateRuleParameters.ts';
// dry-run-samples stream (issue #15 item 4)
import { Migration20261208100000AddDryRunSample } from './migrations/Migration20261208100000AddDryRunSample.ts';
import { Migration20261208120000CreateStaffMembers } from './migrations/Migration20261208120000CreateStaffMembers.ts';

/** The benefits schema: its entities and its migrations, in order. */
export const benefitsDatabase: SubgraphDatabaseDefinition = {
  schema: 'benefits',
  entities: [ApplicationSchema, DecisionSchema, AssignmentSchema, NotificationSchema, DecisionLogEntrySchema, AppealSchema, AppealEventSchema, ParameterVersionSchema, ParameterDraftSchema, ParameterDryRunSchema, ChangeReviewSchema],
  migrations: [
    { name: 'Migration20261123110000CreateBenefits', class: Migration20261123110000CreateBenefits },
    { name: 'Migration20261124090000AddAssignmentDecisionIndex', class: Migration20261124090000AddAssignmentDecisionIndex },
    { name: 'Migration20261203100000AddDecisionLogAndNotifications', class: Migration20261203100000AddDecisionLogAndNotifications },
    { name: 'Migration20261206040000AddDecisionLogCheckpoints', class: Migration20261206040000AddDecisionLogCheckpoints },
    { name: 'Migration20261206050000CreateAppeals', class: Migration20261206050000CreateAppeals },
    { name: 'Migration20261206090000AddApplicationWithdrawal', class: Migration20261206090000AddApplicationWithdrawal },
    { name: 'Migration20261206130000DecisionReplacedOnce', class: Migration20261206130000DecisionReplacedOnce },
    // trust stream (#11)
    { name: 'Migration20261207060000AddNotificationBenefit', class: Migration20261207060000AddNotificationBenefit },
    // rules-core (issue #15)
    { name: 'Migration20261206200000CreateRuleParameters', class: Migration20261206200000CreateRuleParameters },
    // changes stream (#13)
    { name: 'Migration20261207080000CreateChangeReviews', class: Migration20261207080000CreateChangeReviews },
    // dry-run-samples stream (issue #15 item 4)
    { name: 'Migration20261208100000AddDryRunSample', class: Migration20261208100000AddDryRunSample },
    { name: 'Migration20261208120000CreateStaffMembers', class: Migration20261208120000CreateStaffMembers },
  ],
};
