// Public surface of forecasting: ETS model selection, Theta and their combination behind
// CRM.FORECAST, with the older additive Holt-Winters pieces kept for short histories.
export * from "./classical-decomposition";
export * from "./detect-seasonality";
export * from "./ets-fit";
export * from "./ets-recursion";
export * from "./ets-select";
export * from "./ets-spec";
export * from "./ets-variance";
export * from "./fill-missing-points";
export * from "./fit-parameters";
export * from "./forecast-members";
export * from "./forecast-model";
export * from "./forecast-series";
export * from "./holt-winters";
export * from "./linear-fit";
export * from "./nelder-mead";
export * from "./normal-quantile";
export * from "./seasonality-test";
export * from "./theta";
