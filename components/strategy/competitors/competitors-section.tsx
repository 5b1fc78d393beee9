/**
 * Strategy → Competitors (step 1): who the brand competes with — name, website, a SWOT and notes each,
 * their accounts on each platform (tracked, so the collectors keep their numbers) — and a comparison
 * of their captured figures against the brand's own.
 */
import { CompetitorEditor } from './competitor-editor';
import { CompetitorList } from './competitor-list';
import { ComparisonTable } from './comparison-table';
import { UnattachedAccounts } from './unattached-accounts';
import '../concept/concept.css';
import './competitors.css';

export function CompetitorsSection() {
  return (
    <>
      <CompetitorList />
      <CompetitorEditor />
      <ComparisonTable />
      <UnattachedAccounts />
    </>
  );
}
