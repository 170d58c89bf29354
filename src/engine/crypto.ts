/**
 * node:crypto, loaded on first use. Loading it is about 10 ms, a twentieth of the CLI's start-up, and only the runs
 * that write a file or fingerprint findings need it, whereas an ES import loads it whenever the program starts.
 */
import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';

export const crypto = (): typeof Crypto => createRequire(import.meta.url)('node:crypto');
