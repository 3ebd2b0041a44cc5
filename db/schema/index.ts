export * from "./types";
export * from "./geo";
export * from "./services";
export * from "./accounts";
export * from "./notify";
export * from "./directory";
