/** A SWOT as four editable lists (the brand's on the Concept page, each competitor's on theirs). */
import { SWOT_QUADRANTS } from '@/storage/brand';
import type { Swot } from '@/storage/schemas';
import { SwotList } from './swot-list';

export function SwotEditor({ swot, onChange, idPrefix, label }: { swot: Swot; onChange: (swot: Swot) => void; idPrefix: string; label: string }) {
  return (
    <div className="swot-editor" role="group" aria-label={label}>
      {SWOT_QUADRANTS.map((quadrant) => (
        <SwotList key={quadrant} quadrant={quadrant} items={swot[quadrant]} idPrefix={idPrefix} onChange={(items) => onChange({ ...swot, [quadrant]: items })} />
      ))}
    </div>
  );
}
