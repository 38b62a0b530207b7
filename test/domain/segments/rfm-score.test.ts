import fc from "fast-check";
import { quintile, rfmCodes } from "../../../src/domain/segments";
import { type ErrorValue, isErrorValue } from "../../../src/domain/values";

const col = (values: unknown[]) => values.map((v) => [v]) as never;
const codeOf = (v: unknown) => (isErrorValue(v) ? (v as ErrorValue).code : v);

describe("rfmCodes", () => {
  it("scores five customers into one quintile each, recency reversed", () => {
    const result = rfmCodes(
      col([10, 50, 200, 5, 30]),
      col([5, 2, 1, 8, 3]),
      col([500, 120, 50, 900, 200]),
    );
    expect(result).toEqual([444, 222, 111, 555, 333]);
  });

  it("reads rows, columns and blocks row-major", () => {
    // n = 4 reaches score 4 at most: 1 + floor(5·3/4) = 4.
    const result = rfmCodes(
      [
        [10, 50],
        [200, 5],
      ],
      [[5, 2, 1, 8]],
      col([500, 120, 50, 900]),
    );
    expect(result).toEqual([333, 222, 111, 444]);
  });

  it("gives tied values the same score", () => {
    expect(rfmCodes(col([3, 3, 3]), col([1, 1, 1]), col([7, 7, 7]))).toEqual([111, 111, 111]);
    expect(rfmCodes(col([9, 1, 1, 1]), col([4, 4, 4, 1]), col([1, 2, 2, 2]))).toEqual([
      121, 222, 222, 212,
    ]);
  });

  it("uses 1 + floor(5·k/n) boundaries exactly (n = 10: two customers per score)", () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const result = rfmCodes(col(ten), col(ten), col(ten)) as number[];
    expect(result).toEqual([511, 511, 422, 422, 333, 333, 244, 244, 155, 155]);
  });

  it("scores a lone customer 111: nobody is less recent and nobody is below", () => {
    expect(rfmCodes(7, 3, 250)).toEqual([111]);
  });

  it("reads numeric text such as a formatted amount", () => {
    expect(rfmCodes(col([1, 2]), col(["3", 1]), col(["$1,200", 10]))).toEqual([333, 111]);
  });

  it("gives #VALUE! only in the cell of a customer with a non-number; others use valid rows", () => {
    const result = rfmCodes(col([10, "soon", 200, 5]), col([5, 2, 1, 8]), col([500, 120, 50, 900]));
    expect(Array.isArray(result)).toBe(true);
    const cells = result as unknown[];
    // Scored among the three valid customers: 1 + floor(5·k/3).
    expect(cells.map(codeOf)).toEqual([222, "#VALUE!", 111, 444]);
    expect((cells[1] as ErrorValue).message).toContain("customer 2 recency");
  });

  it("gives #VALUE! to a customer with one blank value and a logical", () => {
    const result = rfmCodes(col([1, 2, 3]), col([1, "", 1]), col([1, 1, true])) as unknown[];
    expect(result.map(codeOf)).toEqual([111, "#VALUE!", "#VALUE!"]);
  });

  it("leaves an entirely blank row blank so whole-column references work", () => {
    expect(rfmCodes(col([10, "", 200]), col([5, null, 1]), col([500, "", 50]))).toEqual([
      333,
      "",
      111,
    ]);
  });

  it("is #N/A when no customer can be scored", () => {
    expect(codeOf(rfmCodes(col(["", ""]), col(["", ""]), col(["", ""])))).toBe("#N/A");
    expect(codeOf(rfmCodes(col(["x"]), col([1]), col([1])))).toBe("#N/A");
  });

  it("is #VALUE! when the three ranges differ in length", () => {
    const result = rfmCodes(col([1, 2, 3]), col([1, 2]), col([1, 2, 3]));
    expect(codeOf(result)).toBe("#VALUE!");
    expect((result as ErrorValue).message).toContain("3, 2, 3");
  });

  it("keeps #NUM! for a non-finite value", () => {
    expect(
      (rfmCodes(col([1, Infinity]), col([1, 1]), col([1, 1])) as unknown[]).map(codeOf),
    ).toEqual([111, "#NUM!"]);
  });

  it("quintile is 1 + floor(5k/n)", () => {
    expect([0, 1, 2, 3, 4].map((k) => quintile(k, 5))).toEqual([1, 2, 3, 4, 5]);
    expect(quintile(5, 6)).toBe(5);
  });

  describe("properties", () => {
    const customers = fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 50 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
      ),
      { minLength: 1, maxLength: 60 },
    );

    it("every digit is a score 1–5", () => {
      fc.assert(
        fc.property(customers, (rows) => {
          const codes = rfmCodes(
            col(rows.map((r) => r[0])),
            col(rows.map((r) => r[1])),
            col(rows.map((r) => r[2])),
          ) as number[];
          return codes.every((c) =>
            [Math.floor(c / 100), Math.floor(c / 10) % 10, c % 10].every((d) => d >= 1 && d <= 5),
          );
        }),
      );
    });

    it("more frequent never scores lower on F; more recent never scores lower on R", () => {
      fc.assert(
        fc.property(customers, (rows) => {
          const codes = rfmCodes(
            col(rows.map((r) => r[0])),
            col(rows.map((r) => r[1])),
            col(rows.map((r) => r[2])),
          ) as number[];
          return rows.every((a, i) =>
            rows.every((b, j) => {
              const [fa, fb] = [Math.floor(codes[i] / 10) % 10, Math.floor(codes[j] / 10) % 10];
              const [ra, rb] = [Math.floor(codes[i] / 100), Math.floor(codes[j] / 100)];
              return (a[1] <= b[1] || fa >= fb) && (a[0] >= b[0] || ra >= rb);
            }),
          );
        }),
      );
    });

    it("does not depend on customer order", () => {
      fc.assert(
        fc.property(customers, (rows) => {
          const run = (rs: typeof rows) =>
            rfmCodes(
              col(rs.map((r) => r[0])),
              col(rs.map((r) => r[1])),
              col(rs.map((r) => r[2])),
            ) as number[];
          const reversed = run([...rows].reverse());
          return run(rows).every((c, i) => c === reversed[rows.length - 1 - i]);
        }),
      );
    });
  });
});
