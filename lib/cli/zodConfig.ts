import { z } from 'zod';

/**
 * Imported first by the command line, before any schema is made: zod compiles a parser for each
 * object schema at its first parse, which costs more than it saves in a run that parses each
 * schema (the rules files at start, the report with --check) about once.
 */
z.config({ jitless: true });
