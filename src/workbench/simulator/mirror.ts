// Type-level guard that keeps simulated objects in step with @types/office-js: a class that
// `implements Mirrors<Excel.Range, "values" | "getCell">` must accept exactly Office.js's
// arguments and property types, while returning its own simulated objects.

type AnyFunction = (...args: never[]) => unknown;

export type Mirrors<TOffice, K extends keyof TOffice> = {
  [P in K]: TOffice[P] extends AnyFunction
    ? (...args: Parameters<TOffice[P]>) => unknown
    : TOffice[P];
};
