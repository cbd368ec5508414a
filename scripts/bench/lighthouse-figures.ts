export type LighthouseFigures = {
  /** 0–100. */
  performance: number;
  totalBlockingTimeMs: number;
  timeToInteractiveMs: number;
  largestContentfulPaintMs: number;
  domElements: number;
};

/** The parts of a Lighthouse result (LHR) the benchmark reads. */
export type LighthouseResultShape = {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  /** Lighthouse's measure of how fast this machine was during the run (higher is faster). */
  environment: { benchmarkIndex: number };
  runWarnings: string[];
  runtimeError?: { code: string; message: string };
  configSettings: { formFactor: string; throttlingMethod: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
};

const METRIC_AUDITS = {
  totalBlockingTimeMs: 'total-blocking-time',
  timeToInteractiveMs: 'interactive',
  largestContentfulPaintMs: 'largest-contentful-paint',
  domElements: 'dom-size',
} as const;

/** The figures of one run; throws when the run failed or was not Lighthouse's mobile default, rather than report a wrong number. */
export function lighthouseFigures(result: LighthouseResultShape): LighthouseFigures {
  const where = `Lighthouse on ${result.finalDisplayedUrl}`;
  if (result.runtimeError) throw new Error(`${where} failed: ${result.runtimeError.code} ${result.runtimeError.message}`);
  if (result.configSettings.formFactor !== 'mobile' || result.configSettings.throttlingMethod !== 'simulate') {
    throw new Error(`${where} ran as ${result.configSettings.formFactor} with ${result.configSettings.throttlingMethod} throttling, not the mobile default`);
  }
  const score = result.categories.performance?.score;
  if (typeof score !== 'number') throw new Error(`${where} gave no performance score`);
  const metric = (audit: string) => {
    const value = result.audits[audit]?.numericValue;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${where} gave no value for ${audit}`);
    return value;
  };
  return {
    performance: Math.round(score * 100),
    totalBlockingTimeMs: metric(METRIC_AUDITS.totalBlockingTimeMs),
    timeToInteractiveMs: metric(METRIC_AUDITS.timeToInteractiveMs),
    largestContentfulPaintMs: metric(METRIC_AUDITS.largestContentfulPaintMs),
    domElements: metric(METRIC_AUDITS.domElements),
  };
}
