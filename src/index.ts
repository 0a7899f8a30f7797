// The public library surface of railpilot. Each domain folder exposes its index here.
export * from "./core/index.js";
export * from "./railway/index.js";
export * from "./patterns/index.js";
