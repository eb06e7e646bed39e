// Tests run the command line as a user would (a new Node process each time), so they get a generous time-out.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
});
