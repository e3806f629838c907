import { baseConfigSchema } from '@pdo/service-kit';
import { z } from 'zod';

export const navigatorConfigSchema = baseConfigSchema.extend({
  /** working days (Mon–Fri) a provider has to answer an enrolment request before it expires */
  ENROLLMENT_RESPONSE_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
});

export type NavigatorConfig = z.infer<typeof navigatorConfigSchema>;
