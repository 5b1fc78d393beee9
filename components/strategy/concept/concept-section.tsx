/**
 * Strategy → Concept (step 1): the business idea, mission, unique selling point, tone of voice, the
 * brand's name and its SWOT. An empty workspace starts from blank fields; the first save creates the row.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getBrand } from '@/storage/brand';
import { ConceptForm } from './concept-form';
import './concept.css';

export function ConceptSection() {
  // null: no concept saved yet (undefined is "still loading").
  const brand = useLiveQuery(async () => (await getBrand()) ?? null);
  if (brand === undefined) return null;
  return <ConceptForm brand={brand} />;
}
