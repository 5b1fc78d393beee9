/** An honest empty state: what will appear here, and that it is not built yet. */
import type { ReactNode } from 'react';

export function EmptyState({ title, body, badge, children }: { title: string; body: string; badge?: string; children?: ReactNode }) {
  return (
    <section className="empty-state">
      <div className="empty-state__title">
        <h2>{title}</h2>
        {badge && <span className="badge">{badge}</span>}
      </div>
      <p className="empty-state__body">{body}</p>
      {children}
    </section>
  );
}
