import { copyState, initialState, project, smooth } from "../../../src/domain/forecast";

describe("Holt-Winters recursions", () => {
  it("reproduces an exact linear series with zero error and extends the line", () => {
    const values = [5, 7, 9, 11, 13, 15];
    const state = initialState(values, 0);
    expect(smooth(values, state, { alpha: 0.5, beta: 0.3, gamma: 0 })).toBeCloseTo(0, 20);
    const next = project(state, values.length, 3);
    [17, 19, 21].forEach((v, i) => expect(next[i]).toBeCloseTo(v, 10));
  });

  it("reproduces trend + exact season with zero error and continues the season", () => {
    const pattern = [4, -2, 6, -8];
    const values = Array.from({ length: 12 }, (_, t) => 10 + 2 * t + pattern[t % 4]);
    const state = initialState(values, 4);
    expect(state.season.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
    expect(smooth(values, state, { alpha: 0.3, beta: 0.1, gamma: 0.2 })).toBeCloseTo(0, 18);
    const next = project(state, values.length, 5);
    [34 + 4, 36 - 2, 38 + 6, 40 - 8, 42 + 4].forEach((v, i) => expect(next[i]).toBeCloseTo(v, 10));
  });

  it("with alpha = beta = gamma = 0 keeps the initial model", () => {
    const values = [1, 3, 2, 5, 4, 6, 5, 8];
    const state = initialState(values, 2);
    const before = copyState(state);
    smooth(values, state, { alpha: 0, beta: 0, gamma: 0 });
    expect(state.trend).toBe(before.trend);
    expect(state.season).toEqual(before.season);
    expect(state.level).toBeCloseTo(before.level + values.length * before.trend, 12);
  });
});
