import { useSpeech } from './i18n/intl.ts';

/** Previous / next buttons for an offset-paged list; nothing when everything fits on one page. */
export const Pager = ({ page, size, onOffset }: { page: { offset: number; hasMore: boolean }; size: number; onOffset: (offset: number) => void }) => {
  const { t } = useSpeech();
  if (page.offset === 0 && !page.hasMore) return null;
  return (
    <div className="actions">
      {page.offset > 0 && (
        <button type="button" className="outline" onClick={() => onOffset(Math.max(0, page.offset - size))}>
          {t('staff.previousPage')}
        </button>
      )}
      {page.hasMore && (
        <button type="button" className="outline" onClick={() => onOffset(page.offset + size)}>
          {t('staff.nextPage')}
        </button>
      )}
    </div>
  );
};
