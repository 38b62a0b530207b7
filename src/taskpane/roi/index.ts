// The ROI workspace tab and the service slice it needs from the add-in.
export { RoiView } from "./roi-view";
export type { CostItemInput, RoiServices } from "./roi-services";
