import { nelderMeadUnitBox } from "../../../src/domain/forecast";

describe("nelderMeadUnitBox", () => {
  it("finds an interior minimum", () => {
    const f = (p: readonly number[]) => (p[0] - 0.3) ** 2 + (p[1] - 0.7) ** 2 + (p[2] - 0.55) ** 2;
    const { point, value } = nelderMeadUnitBox(f, [0.5, 0.5, 0.5], 0.1, 500, 1e-16);
    expect(point[0]).toBeCloseTo(0.3, 4);
    expect(point[1]).toBeCloseTo(0.7, 4);
    expect(point[2]).toBeCloseTo(0.55, 4);
    expect(value).toBeLessThan(1e-8);
  });

  it("stays inside the box when the unconstrained minimum is outside it", () => {
    const f = (p: readonly number[]) => (p[0] - 2) ** 2 + (p[1] + 1) ** 2;
    const { point } = nelderMeadUnitBox(f, [0.5, 0.5], 0.1, 500);
    expect(point[0]).toBeCloseTo(1, 6);
    expect(point[1]).toBeCloseTo(0, 6);
  });

  it("starts on the upper edge without leaving the box", () => {
    const { point } = nelderMeadUnitBox((p) => -p[0], [1], 0.1);
    expect(point).toEqual([1]);
  });
});
