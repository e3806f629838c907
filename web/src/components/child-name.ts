import type { ChildName } from '../api/billing.operations';

/** «Иванов Пётр Сергеевич», or a placeholder when the viewer may not see the name. */
export function formatChildName(child: ChildName | null): string {
  if (!child) return 'Имя скрыто';
  return [child.lastName, child.firstName, child.patronymic].filter(Boolean).join(' ');
}
