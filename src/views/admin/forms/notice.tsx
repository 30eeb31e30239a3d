// A message above a page's content: something was saved, refused, or is
// worth knowing. Errors interrupt a screen reader; the rest wait their turn.
import type { ComponentChildren } from 'preact';

export type NoticeKind = 'success' | 'error' | 'warning' | 'info';

export function Notice({ kind, children }: { kind: NoticeKind; children: ComponentChildren }) {
  return (
    <div class={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div class="alert-body">
        <p class="alert-text">{children}</p>
      </div>
    </div>
  );
}
