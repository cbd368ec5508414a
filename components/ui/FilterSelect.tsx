'use client';

import { useId } from 'react';

export const selectClass = 'h-9 rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900';
/** A form of filters: two by two on a phone (a control spans both with `col-span-2`), in a wrapping row from 640 px. */
export const filterFormClass = 'grid grid-cols-2 items-end gap-3 text-sm sm:flex sm:flex-wrap';

type FilterSelectProps = {
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  disabled: boolean;
  onChange(value: string | undefined): void;
  /** Classes for its box in the form's grid, e.g. `col-span-2`. */
  className?: string;
};

/** One "Any or one of these" filter; the empty value means any. */
export function FilterSelect({ label, value, options, disabled, onChange, className }: FilterSelectProps) {
  const id = useId();
  return (
    <div className={className ? `flex flex-col gap-1 ${className}` : 'flex flex-col gap-1'}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} value={value ?? ''} disabled={disabled} onChange={(event) => onChange(event.target.value || undefined)} className={selectClass}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
