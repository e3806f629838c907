import { z } from 'zod';

/** Field shapes shared by several events. */
export const idSchema = z.uuid();
export const municipalityCodeSchema = z.string().regex(/^\d{2}$/);
/** 10 digits: region 42, municipality code, sequence within the municipality. */
export const certificateNumberSchema = z.string().regex(/^42\d{8}$/);
/** Money is counted in whole kopecks. */
export const kopecksSchema = z.number().int().nonnegative();
/** The six направленности of additional education (приказ Минпросвещения № 629), as codes. */
export const directionSchema = z.enum(['technical', 'science', 'sports', 'arts', 'tourism', 'social']);
export type Direction = z.infer<typeof directionSchema>;
/**
 * An e-mail address in its shape only: producers check it with service-kit's parseEmailAddress (which
 * accepts IDN and punycode domains such as .рф), and this package sits below service-kit.
 */
export const emailShapeSchema = z.string().min(3).max(254).includes('@');
