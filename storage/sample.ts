/**
 * The sample workspace (a realistic brand, six weeks of plan and analytics and a month ahead).
 * The builder lives in `storage/sample/`, one file per part of the strategy.
 */
export { SAMPLE_COUNTRY, SAMPLE_TIME_ZONE, buildSampleWorkspace } from './sample/index';
export type { SampleOptions } from './sample/index';
