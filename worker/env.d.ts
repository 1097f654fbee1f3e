/** What Vite puts in the worker's build: the path its language's build is served at (`/`, `/de/`). */
interface ImportMeta {
  readonly env: { readonly BASE_URL: string };
}
