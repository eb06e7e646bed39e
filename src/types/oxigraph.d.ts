// oxigraph's wasm-bindgen classes have a free() its .d.ts leaves out: it returns a store's memory at once
// instead of whenever the garbage collector runs the finalizer.
import 'oxigraph';

declare module 'oxigraph' {
  interface Store {
    free(): void;
  }
}
