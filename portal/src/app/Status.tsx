import { useLang } from './context.ts';
import { GraphQLRequestError } from './graphql-client.ts';

export const Loading = () => {
  const { t } = useLang();
  return (
    <p className="status" role="status" aria-live="polite">
      {t.loading}
    </p>
  );
};

export const LoadError = ({ error, onRetry }: { error: Error; onRetry: () => void }) => {
  const { t } = useLang();
  return (
    <div className="error" role="alert">
      <p>{t.loadError}</p>
      <p className="muted">{error.message}</p>
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
};

/** A staff read refused or of nobody says so plainly; anything else is a load error. */
export const StaffLoadError = ({ error, onRetry }: { error: Error; onRetry: () => void }) => {
  const { s } = useLang();
  const codes = error instanceof GraphQLRequestError ? error.codes : [];
  if (codes.includes('NOT_FOUND')) return <p className="error card" role="alert">{s.notFound}</p>;
  if (codes.includes('FORBIDDEN')) return <p className="error card" role="alert">{s.forbidden}</p>;
  return <LoadError error={error} onRetry={onRetry} />;
};
