/** The services that produce events; each owns one events topic and one dead-letter topic. */
export const serviceNames = ['identity', 'certificates', 'navigator', 'billing', 'notifications'] as const;
export type ServiceName = (typeof serviceNames)[number];

export const eventsTopic = (service: ServiceName) => `${service}.events`;
export const deadLetterTopic = (service: string) => `${service}.dlq`;

export function allTopics(): string[] {
  return serviceNames.flatMap((service) => [eventsTopic(service), deadLetterTopic(service)]);
}
