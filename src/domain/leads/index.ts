// Public surface of lead import: a sheet of leads planned as customers + linked deals, and the
// stage words it uses with the stage each most likely means.
export * from "./plan-lead-import";
export * from "./stage-values";
export * from "./suggest-stage";
export * from "./unknown-stage-words";
