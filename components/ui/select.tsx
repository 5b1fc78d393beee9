/** A select over a list of options, with an optional "none" choice that stands for the empty value. */
export interface Option {
  value: string;
  label: string;
}

export function Select({ value, options, onChange, none, id, ...aria }: { value: string; options: readonly Option[]; onChange: (value: string) => void; none?: string; id?: string; 'aria-describedby'?: string }) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)} {...aria}>
      {none !== undefined && <option value="">{none}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
