// The engine's one host function: structuredClone (HTML, workers and Node 17+ all have it) copies
// plain data for checkpoints. The engine's lib is bare ES, so it is declared here.
declare function structuredClone<T>(value: T): T;
