// parley's version, from package.json (the same two levels up from src/ and dist/).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PARLEY_VERSION: string = (JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as { version: string }).version;
