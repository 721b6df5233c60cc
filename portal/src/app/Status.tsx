import { useLang } from './context.ts';

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
