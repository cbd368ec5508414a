/** What an import step gives back: a value, or one message saying what was expected and what was found. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };
