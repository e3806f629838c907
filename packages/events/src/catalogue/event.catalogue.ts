import { billingEvents } from './billing.events';
import { certificatesEvents } from './certificates.events';
import type { EventDefinition } from './define-event';
import { identityEvents } from './identity.events';
import { navigatorEvents } from './navigator.events';
import { notificationsEvents } from './notifications.events';

/** Every event of the platform. A new version of an event is a new definition beside the old one. */
export const eventCatalogue = [
  ...identityEvents,
  ...certificatesEvents,
  ...navigatorEvents,
  ...billingEvents,
  ...notificationsEvents,
] as const;

export type EventCatalogue = readonly EventDefinition[];

export type CatalogueEvent = (typeof eventCatalogue)[number];
export type EventType = CatalogueEvent['type'];

export function findEventDefinition<C extends EventCatalogue>(
  catalogue: C,
  type: string,
  version: number,
): C[number] | undefined {
  return catalogue.find((definition) => definition.type === type && definition.version === version);
}
