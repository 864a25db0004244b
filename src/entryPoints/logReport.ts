// Being written: see src/main.ts.
export {};
