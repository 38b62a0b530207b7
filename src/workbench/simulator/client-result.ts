// OfficeExtension.ClientResult: a value a method returns that is available only after sync.
import { valueNotLoaded } from "./errors";

export class SimClientResult<T> {
  private state: { value: T } | undefined;

  get value(): T {
    if (!this.state) throw valueNotLoaded();
    return this.state.value;
  }

  /** Called from a batch commit. */
  set(value: T): void {
    this.state = { value };
  }
}
