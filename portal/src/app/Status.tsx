import type { CombinedError } from 'urql';
import { useLang } from './context.ts';
import { errorCodes } from './registry-client.ts';

export const Loading = () => {
  const { t } = useLang();
  return (
    <p className="status" role="status" aria-live="polite">
      {t.loading}
    </p>
  );
};

/** A load that failed, with a retry; the error's own message is for developers, not shown. */
export const LoadError = ({ onRetry }: { error: CombinedError; onRetry: () => void }) => {
  const { t } = useLang();
  return (
    <div className="error" role="alert">
      <p>{t.loadError}</p>
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
};

/** A staff read refused or of nobody says so plainly; anything else is a load error. */
export const StaffLoadError = ({ error, onRetry }: { error: CombinedError; onRetry: () => void }) => {
  const { s } = useLang();
  const codes = errorCodes(error);
  if (codes.includes('NOT_FOUND')) return <p className="error card" role="alert">{s.notFound}</p>;
  if (codes.includes('FORBIDDEN')) return <p className="error card" role="alert">{s.forbidden}</p>;
  return <LoadError error={error} onRetry={onRetry} />;
};
