import { z } from 'zod';

/** A regex source string in a rules file, checked to compile with the `flags` it is used with when the rules load. */
export const regexOf = (flags: string, min = 1) =>
  z
    .string()
    .min(min)
    .refine(
      (s) => {
        try {
          new RegExp(s, flags);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'not a valid regular expression' },
    );
