import { z } from 'zod';

/** Field shapes shared by several events. */
export const idSchema = z.uuid();
export const municipalityCodeSchema = z.string().regex(/^\d{2}$/);
/** 10 digits: region 42, municipality code, sequence within the municipality. */
export const certificateNumberSchema = z.string().regex(/^42\d{8}$/);
/** Money is counted in whole kopecks. */
export const kopecksSchema = z.number().int().nonnegative();
