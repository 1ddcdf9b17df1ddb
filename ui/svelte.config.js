// Every component uses runes (Svelte 5); TypeScript in components is type annotations only, which Svelte strips.
export default {
  compilerOptions: { runes: true },
};
