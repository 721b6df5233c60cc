// The decision engine's public surface (filled in by the engine's modules).
export {};
