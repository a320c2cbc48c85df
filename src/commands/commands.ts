// Ribbon commands, run in the shared runtime. Filled by the Excel capability.
export {};
