// The Office namespace the add-in's frame sees: onReady, the host and platform, requirement-set
// checks against the host's profile, Office.actions.associate for the ribbon, and the
// document's URL. Excel on the web gives no officeTheme, so neither does this host.
import { isSetSupported, type ActionHandler, type OfficeHostBridge } from "./bridge";

const HOST_TYPES = { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" };
const PLATFORM_TYPES = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS" };

export function createOfficeGlobal(bridge: OfficeHostBridge) {
  const info = { host: "Excel", platform: bridge.platform };
  const requirements = {
    isSetSupported: (name: string, version?: string | number) =>
      isSetSupported(bridge.requirementSets, name, version),
  };
  return {
    HostType: HOST_TYPES,
    PlatformType: PLATFORM_TYPES,
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve(info).then((i) => {
        callback?.(i);
        return i;
      });
    },
    actions: {
      associate: (name: string, handler: ActionHandler) => bridge.associateAction(name, handler),
    },
    context: {
      host: "Excel",
      platform: bridge.platform,
      requirements,
      diagnostics: { host: "Excel", platform: bridge.platform, version: "16.0.0.0" },
      document: { url: undefined },
    },
  };
}
