import type { CombinedError } from 'urql';
import { errorCodes } from './registry-client.ts';
import { useSpeech } from './i18n/intl.ts';

export const Loading = () => {
  const { t } = useSpeech();
  return (
    <p className="status" role="status" aria-live="polite">
      {t('portal.loading')}
    </p>
  );
};

/** A load that failed, with a retry; the error's own message is for developers, not shown. */
export const LoadError = ({ onRetry }: { error: CombinedError; onRetry: () => void }) => {
  const { t } = useSpeech();
  return (
    <div className="error" role="alert">
      <p>{t('portal.loadError')}</p>
      <button type="button" onClick={onRetry}>
        {t('portal.retry')}
      </button>
    </div>
  );
};

/** A staff read refused or of nobody says so plainly; anything else is a load error. */
export const StaffLoadError = ({ error, onRetry }: { error: CombinedError; onRetry: () => void }) => {
  const { t } = useSpeech();
  const codes = errorCodes(error);
  if (codes.includes('NOT_FOUND')) return <p className="error card" role="alert">{t('staff.notFound')}</p>;
  if (codes.includes('FORBIDDEN')) return <p className="error card" role="alert">{t('staff.forbidden')}</p>;
  return <LoadError error={error} onRetry={onRetry} />;
};
