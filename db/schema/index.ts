export * from "./types";
export * from "./geo";
export * from "./services";
export * from "./accounts";
export * from "./notify";
export * from "./booking";
export * from "./engagement";
export * from "./assessment";
