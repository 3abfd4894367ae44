// In-year monitoring ("双监控", RULES.md §5).
export * from './signal';
export * from './ratio';
export * from './timeProgress';
export * from './executionSignal';
export * from './indicatorSignal';
export * from './qualitativeStatus';
export * from './deviationReason';
export * from './likelihood';
export * from './financeAction';
export * from './monitoringReport';
export * from './checkMonitoringReport';
