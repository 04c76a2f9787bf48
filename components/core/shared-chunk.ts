/**
 * A lazy chunk loaded once for every element of a kind (a barometer's or a plot's details): `current`
 * once it is in, so later elements use it in their first update; `load()` asks for it (once).
 */
export interface SharedChunk<M> {
  readonly current: M | undefined;
  load(): Promise<M>;
}

export function sharedChunk<M>(importer: () => Promise<M>): SharedChunk<M> {
  let current: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get current() {
      return current;
    },
    load: () => (loading ??= importer().then((module) => (current = module))),
  };
}
