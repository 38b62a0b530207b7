// Public surface of forecasting: ETS model selection behind CRM.FORECAST, Theta and the
// combination measured against it, and the additive Holt-Winters kept for short histories.
export * from "./classical-decomposition";
export * from "./detect-seasonality";
export * from "./ets-fit";
export * from "./ets-recursion";
export * from "./ets-select";
export * from "./ets-spec";
export * from "./ets-variance";
export * from "./fill-missing-points";
export * from "./fit-parameters";
export * from "./forecast-combination";
export * from "./forecast-model";
export * from "./forecast-series";
export * from "./holt-winters";
export * from "./linear-fit";
export * from "./nelder-mead";
export * from "./normal-quantile";
export * from "./seasonality-test";
export * from "./theta";
