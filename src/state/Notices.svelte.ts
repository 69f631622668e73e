/**
 * The messages shown above the panels until dismissed: parts of a link or of the session kept in
 * this browser that could not be used, and loads that failed. A new link or session replaces
 * them; a failure adds to them.
 * @example notices.add(['The built-in cohort could not be loaded: …']); notices.list.length // 1
 */
export class Notices {
  #list = $state.raw<string[]>([]);

  get list(): string[] {
    return this.#list;
  }
  /** Replaces the messages. */
  set(messages: string[]): void {
    this.#list = messages;
  }
  /** Adds messages to those shown. */
  add(messages: string[]): void {
    if (messages.length > 0) this.#list = [...this.#list, ...messages];
  }
  /** Hides every message. */
  dismiss(): void {
    this.#list = [];
  }
}
