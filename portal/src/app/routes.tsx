import type { ReactElement } from 'react';
import { Navigate, useParams } from 'react-router';
import { RULES_EDITOR, type Workspace } from './auth.ts';
import type { MessageKey } from '@usr/shared/i18n';
import { AccessLogPage } from './AccessLogPage.tsx';
import { AppealQueuePage } from './AppealQueuePage.tsx';
import { AppealsPage } from './AppealsPage.tsx';
import { ApplyPage } from './ApplyPage.tsx';
import { AuditLogPage } from './AuditLogPage.tsx';
import { ChainsPage } from './ChainsPage.tsx';
import { ChangeReviewQueuePage } from './ChangeReviewQueuePage.tsx';
import { CorrectionsPage } from './CorrectionsPage.tsx';
import { DeadlinesPage } from './DeadlinesPage.tsx';
import { MessagesPage } from './MessagesPage.tsx';
import { PeopleSearchPage } from './PeopleSearchPage.tsx';
import { PersonDecisionsPage } from './PersonDecisionsPage.tsx';
import { MyDataPage } from './record/MyDataPage.tsx';
import { PersonRecordPage } from './record/PersonRecordPage.tsx';
import { ReportChangePage } from './ReportChangePage.tsx';
import { RecordPage } from './record/RecordPage.tsx';
import { DraftFormPage } from './rules/DraftFormPage.tsx';
import { DraftReviewPage } from './rules/DraftReviewPage.tsx';
import { DraftsPage } from './rules/DraftsPage.tsx';
import { HistoryPage } from './rules/HistoryPage.tsx';
import { ParametersPage } from './rules/ParametersPage.tsx';

/**
 * The portal's pages by workspace (React Router paths). One app: the token's roles decide which
 * pages a user gets (the registry still checks every read; the navigation only shows what is
 * useful). A page in the navigation names its label (a catalogue key); `also` lists the paths that belong to it
 * (a record opened from a search keeps "People" current). To add a page, add a line here.
 */
export interface PageRoute {
  readonly path: string;
  readonly element: ReactElement;
  readonly nav?: { readonly label: MessageKey; readonly also?: readonly string[] };
  /** A realm role the page is for (drafting: rules editors); users without it get neither the page nor its link. */
  readonly requires?: string;
}

/** A national PIN (as shared/src/domain/pin.ts: 7 characters, no I or O). */
export const PIN = /^[0-9A-HJ-NP-Z]{7}$/;

/** A UUID (a draft's id). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A page about one record named by its id (`:id` in its path); any other value leads home. */
const WithId = ({ render }: { render: (id: string) => ReactElement }) => {
  const { id = '' } = useParams();
  return UUID.test(id) ? render(id) : <Navigate to="/" replace />;
};

/** A page about one person (`:pin` in its path); any other value leads home. */
const WithPin = ({ render }: { render: (pin: string) => ReactElement }) => {
  const { pin = '' } = useParams();
  return PIN.test(pin) ? render(pin) : <Navigate to="/" replace />;
};

export const ROUTES: Record<Workspace, readonly PageRoute[]> = {
  citizen: [
    { path: '/', element: <RecordPage />, nav: { label: 'portal.navRecord' } },
    { path: '/apply', element: <ApplyPage />, nav: { label: 'portal.navApply' } },
    { path: '/decisions', element: <AppealsPage />, nav: { label: 'portal.appeal.navAppeals' } },
    { path: '/report-change', element: <ReportChangePage />, nav: { label: 'portal.navReportChange' } },
    { path: '/messages', element: <MessagesPage />, nav: { label: 'portal.navMessages' } },
    { path: '/access-log', element: <AccessLogPage />, nav: { label: 'portal.navAccessLog' } },
    { path: '/my-data', element: <MyDataPage />, nav: { label: 'portal.navMyData' } },
  ],
  caseworker: [
    { path: '/', element: <PeopleSearchPage opens="/people" />, nav: { label: 'staff.navPeople', also: ['/people/:pin'] } },
    { path: '/people/:pin', element: <WithPin render={(pin) => <PersonRecordPage key={pin} pin={pin} />} /> },
    { path: '/corrections', element: <CorrectionsPage />, nav: { label: 'staff.navCorrections' } },
    { path: '/deadlines', element: <DeadlinesPage />, nav: { label: 'staff.navDeadlines' } },
    { path: '/change-reviews', element: <ChangeReviewQueuePage />, nav: { label: 'staff.review.navQueue' } },
  ],
  auditor: [
    { path: '/', element: <PeopleSearchPage opens="/decisions" />, nav: { label: 'staff.navDecisions', also: ['/decisions/:pin'] } },
    { path: '/decisions/:pin', element: <WithPin render={(pin) => <PersonDecisionsPage key={pin} pin={pin} />} /> },
    { path: '/audit/access-log', element: <AuditLogPage />, nav: { label: 'staff.navAuditLog' } },
    { path: '/audit/chains', element: <ChainsPage />, nav: { label: 'staff.navChain' } },
    { path: '/deadlines', element: <DeadlinesPage />, nav: { label: 'staff.navDeadlines' } },
    { path: '/rules/history', element: <HistoryPage />, nav: { label: 'rules.navHistory' } },
  ],
  appeals: [
    { path: '/', element: <AppealQueuePage />, nav: { label: 'staff.appeal.navQueue' } },
    { path: '/change-reviews', element: <ChangeReviewQueuePage />, nav: { label: 'staff.review.navQueue' } },
  ],
  rules: [
    { path: '/', element: <ParametersPage />, nav: { label: 'rules.navParameters' } },
    { path: '/new-draft', element: <DraftFormPage />, nav: { label: 'rules.navNewDraft' }, requires: RULES_EDITOR },
    { path: '/drafts', element: <DraftsPage />, nav: { label: 'rules.navDrafts', also: ['/drafts/:id'] } },
    { path: '/drafts/:id', element: <WithId render={(id) => <DraftReviewPage key={id} id={id} />} /> },
    { path: '/history', element: <HistoryPage />, nav: { label: 'rules.navHistory' } },
  ],
  none: [],
};
