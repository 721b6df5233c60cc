import type { ReactNode } from 'react';
import { useNavigate } from './context.ts';

/** A real link (keyboard, new tab, screen readers) that navigates inside the app on a plain click. */
export const Link = ({ to, children, className, current }: { to: string; children: ReactNode; className?: string; current?: boolean }) => {
  const navigate = useNavigate();
  return (
    <a
      href={to}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
};
