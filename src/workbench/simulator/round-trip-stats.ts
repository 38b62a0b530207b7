// Counters of simulated Excel requests, for tests and benchmarks ("≤ N round trips").

export class RoundTripStats {
  roundTrips = 0;
  requestBytes = 0;
  responseBytes = 0;

  reset(): void {
    this.roundTrips = 0;
    this.requestBytes = 0;
    this.responseBytes = 0;
  }
}
