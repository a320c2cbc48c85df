/**
 * Errors shaped like OfficeExtension.Error: `code` is what Office.js puts
 * there ("PropertyNotLoaded", "ItemNotFound", "InvalidArgument",
 * "RequestPayloadSizeLimitExceeded", ...), so code mapping errors for users
 * can be tested against the simulator.
 */
export class SimulatedOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string, owner: string): SimulatedOfficeError {
  return new SimulatedOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${property}`,
  );
}

export function invalidArgument(message: string, location?: string): SimulatedOfficeError {
  return new SimulatedOfficeError("InvalidArgument", message, location);
}

export function itemNotFound(what: string): SimulatedOfficeError {
  return new SimulatedOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`, what);
}

export function notImplemented(what: string): SimulatedOfficeError {
  return new SimulatedOfficeError("NotImplemented", `The simulated workbook does not implement ${what}.`, what);
}

/** What Excel answers a request for an API its version does not have. */
export function apiNotFound(member: string, set: string, client: string): SimulatedOfficeError {
  return new SimulatedOfficeError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${member} needs ${set}; ${client} does not have it.)`,
    member,
  );
}
