// The "Build dashboard" button and the service slice it needs from the add-in.
export { BuildDashboardButton } from "./build-dashboard-button";
export type { DashboardInputs, DashboardServices } from "./dashboard-services";
