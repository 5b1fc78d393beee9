/**
 * Where each of the ten steps of the strategy is done in Mkakati: steps 1–4 and 6 on pages of the
 * Strategy area, the others in their own areas (PRODUCT.md maps each step to its place).
 */
import { openArea, openStrategy } from '@/components/state/navigation';
import type { GuideStep } from '@/storage/schemas';

export const GUIDE_TARGETS: Record<GuideStep, () => void> = {
  concept: () => openStrategy('concept'),
  goals: () => openStrategy('goals'),
  audience: () => openStrategy('audience'),
  networks: () => openStrategy('networks'),
  'content-plan': () => openArea('plan'),
  partners: () => openStrategy('partners'),
  publishing: () => openArea('compose'),
  analytics: () => openArea('analytics'),
  adjustments: () => openArea('adjust'),
  automation: () => openArea('settings'),
};
