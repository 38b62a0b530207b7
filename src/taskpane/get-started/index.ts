// The Get started tab and the service slices it needs from the add-in.
export { GetStartedView } from "./get-started-view";
export type {
  GetStartedServices,
  KindMappingRequest,
  SettingsServices,
  SheetMappingRequest,
} from "./get-started-services";
