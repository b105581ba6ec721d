// Cases of the tables that the tool gets wrong, each with the reason. Keys are the case ids the
// test prints ("name | sentence" for places, "name expectation | sentence" for typing).
export const EXPECTED_PLACE_FAILURES: Readonly<Record<string, string>> = {};
export const EXPECTED_TYPING_FAILURES: Readonly<Record<string, string>> = {};
