import type { ItemRef } from '@/lib/incident/model';

/** "Addressed by: A; B": a label and links to other items of the page; nothing when the list is empty. */
export function ItemLinks({ label, items, className = 'mt-2' }: { label: string; items: readonly ItemRef[]; className?: string }) {
  if (items.length === 0) return null;
  return (
    <p className={`${className} text-sm text-soft`}>
      {label}:{' '}
      {items.map((item, i) => (
        <span key={item.id}>
          {i > 0 && '; '}
          <a href={`#${item.id}`} className="link">
            {item.label}
          </a>
        </span>
      ))}
    </p>
  );
}
