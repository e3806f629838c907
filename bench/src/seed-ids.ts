/**
 * SQL for a deterministic UUID (version 4, RFC variant) derived from `expression`, so set-based seeds can link
 * rows across tables and databases while every id still passes the events' uuid schema.
 */
export const uuidFrom = (expression: string) =>
  `overlay(overlay(md5(${expression}) placing '4' from 13) placing '8' from 17)::uuid`;
