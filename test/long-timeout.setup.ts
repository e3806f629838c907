// Jest ignores `testTimeout` inside a project; tests against real servers need minutes, not 5 s.
jest.setTimeout(300_000);
