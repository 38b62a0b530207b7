// Public surface of forecasting: additive Holt-Winters with fitted parameters and season detection.
export * from "./detect-seasonality";
export * from "./fill-missing-points";
export * from "./fit-parameters";
export * from "./forecast-series";
export * from "./holt-winters";
export * from "./linear-fit";
export * from "./nelder-mead";
