// Social insurance fund budget (社会保险基金预算, RULES.md §7).
export * from './paymentCapacityLevel';
export * from './paymentCapacity';
export * from './fundIndicators';
export * from './fitTrend';
export * from './projectFund';
