/** An honest empty state: what will appear here, and that it is not built yet. */
import type { ReactNode } from 'react';

export function EmptyState({ title, body, badge, children }: { title: string; body: string; badge?: string; children?: ReactNode }) {
  return (
    <section className="empty-state">
      <h2 className="empty-state__title">
        {title}
        {badge && <span className="badge">{badge}</span>}
      </h2>
      <p className="empty-state__body">{body}</p>
      {children}
    </section>
  );
}
