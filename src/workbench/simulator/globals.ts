// Installs the simulator as the Excel / Office / OfficeExtension globals the add-in expects,
// leaving any that already exist (e.g. a real office.js) untouched.
import { createExcelApi, type ExcelApiOptions } from "./excel-api";
import { ErrorCodes, SimOfficeError } from "./errors";
import { SimClientResult } from "./client-result";
import { type WorkbookModel } from "./workbook-model";

const HOST_TYPES = {
  Excel: "Excel",
  Word: "Word",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
};

function officeGlobal() {
  const info = { host: "Excel", platform: "OfficeOnline" };
  return {
    HostType: HOST_TYPES,
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve(info).then((i) => {
        callback?.(i);
        return i;
      });
    },
    context: {
      host: "Excel",
      platform: "OfficeOnline",
      requirements: { isSetSupported: (_name: string, _version?: string) => true },
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0" },
    },
  };
}

export function installExcelGlobals(
  model: WorkbookModel,
  target: object = globalThis,
  options?: ExcelApiOptions,
): void {
  const slots = target as Record<string, unknown>;
  slots.Excel ??= createExcelApi(model, options);
  slots.Office ??= officeGlobal();
  slots.OfficeExtension ??= { Error: SimOfficeError, ErrorCodes, ClientResult: SimClientResult };
}
