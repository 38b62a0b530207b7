// Errors shaped like OfficeExtension.Error (name "RichApi.Error", code, debugInfo), with the codes
// and messages Office.js and Excel use, so error handling written against Excel works unchanged.

export const ErrorCodes = {
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  valueNotLoaded: "ValueNotLoaded",
} as const;

const DOCS =
  "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins";

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class SimOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: SimOfficeError | null = null;
  readonly httpStatusCode: number;

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
    httpStatusCode = 400,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
    this.httpStatusCode = httpStatusCode;
  }
}

export function propertyNotLoaded(property: string, entity: string): SimOfficeError {
  return new SimOfficeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

export function valueNotLoaded(): SimOfficeError {
  return new SimOfficeError(
    ErrorCodes.valueNotLoaded,
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
    "ClientResult.value",
  );
}

export function itemNotFound(location: string): SimOfficeError {
  return new SimOfficeError(
    ErrorCodes.itemNotFound,
    "The requested resource doesn't exist.",
    location,
    404,
  );
}

export function invalidArgument(location: string, message?: string): SimOfficeError {
  return new SimOfficeError(
    ErrorCodes.invalidArgument,
    message ?? "The argument is invalid or missing or has an incorrect format.",
    location,
  );
}

export function invalidOperation(location: string, message: string): SimOfficeError {
  return new SimOfficeError(ErrorCodes.invalidOperation, message, location);
}

export function itemAlreadyExists(location: string): SimOfficeError {
  return new SimOfficeError(
    ErrorCodes.itemAlreadyExists,
    "A resource with the same name or identifier already exists.",
    location,
    409,
  );
}

export function requestTooLarge(): SimOfficeError {
  return new SimOfficeError(
    ErrorCodes.requestPayloadSizeLimitExceeded,
    `The request payload size has exceeded the limit. Please refer to the documentation: "${DOCS}".`,
  );
}

export function responseTooLarge(): SimOfficeError {
  return new SimOfficeError(
    ErrorCodes.responsePayloadSizeLimitExceeded,
    `The size of the payload exceeded the limit. Read the documentation: ${DOCS}.`,
  );
}

export function invalidObjectPath(entity: string): SimOfficeError {
  return new SimOfficeError(
    ErrorCodes.invalidObjectPath,
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
    entity,
  );
}

/** True for both payload limits: a caller that chunks its requests handles them the same way. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === ErrorCodes.requestPayloadSizeLimitExceeded ||
    code === ErrorCodes.responsePayloadSizeLimitExceeded
  );
}

/**
 * The error as the add-in's own realm sees it. In the workbench the workbook lives in the host
 * page, so an error its code throws is the host's object; Office.js hands an add-in errors it
 * made from the response, in the add-in's realm, so `instanceof Error` holds. Local ones pass.
 */
export function inThisRealm(error: unknown): unknown {
  if (error instanceof Error) return error;
  const e = error as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
  if (typeof e?.code !== "string" || typeof e.message !== "string") return error;
  const where = e.debugInfo?.errorLocation;
  return new SimOfficeError(e.code, e.message, typeof where === "string" ? where : undefined);
}
