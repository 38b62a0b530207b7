import { timeline } from "../../../src/domain/activity";
import { ACTIVITIES } from "./fixtures";

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe("timeline", () => {
  it("lists a customer's activities newest first, same time by ID newest first", () => {
    expect(ids(timeline(ACTIVITIES, "C1"))).toEqual(["A4", "A3", "A2", "A1"]);
  });

  it("includes activities linked only to one of the customer's deals", () => {
    expect(ids(timeline(ACTIVITIES, "C1", ["D1"]))).toEqual(["A7", "A4", "A3", "A2", "A1"]);
  });

  it("is empty for a customer without activities and leaves the input order alone", () => {
    expect(timeline(ACTIVITIES, "C9")).toEqual([]);
    expect(ids(ACTIVITIES)[0]).toBe("A1");
  });
});
