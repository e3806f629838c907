import type { TableDefinition } from '@pdo/table-export';
import type { InvoiceStatus } from '../domain/invoice.rules';
import type { InvoiceExportRow } from '../operations/invoice.operations';

const statusLabels: Record<InvoiceStatus, string> = {
  issued: 'ждёт утверждения',
  approved: 'принят к оплате',
  returned: 'возвращён',
};

export const invoiceExportTable: TableDefinition<InvoiceExportRow> = {
  title: 'Счета',
  columns: [
    { heading: 'Номер счёта', width: 16, value: (row) => row.number },
    { heading: 'Месяц', width: 10, value: (row) => row.month },
    { heading: 'Статус', width: 18, value: (row) => statusLabels[row.status] },
    { heading: 'Организация (идентификатор)', width: 38, value: (row) => row.providerId },
    { heading: 'Строк (месяцев обучения)', kind: 'integer', value: (row) => row.lineCount },
    { heading: 'Стоимость, руб.', kind: 'kopecks', value: (row) => row.totalPriceKopecks },
    { heading: 'Сертификатом, руб.', kind: 'kopecks', value: (row) => row.certificateTotalKopecks },
    { heading: 'Доплаты родителей, руб.', kind: 'kopecks', value: (row) => row.coPaymentTotalKopecks },
    { heading: 'Зачтённый аванс, руб.', kind: 'kopecks', value: (row) => row.advanceKopecks },
    { heading: 'К оплате, руб.', kind: 'kopecks', value: (row) => row.dueKopecks },
    { heading: 'Выставлен', kind: 'datetime', width: 17, value: (row) => row.issuedAt },
    { heading: 'Рассмотрен', kind: 'datetime', width: 17, value: (row) => row.reviewedAt },
    { heading: 'Причина возврата', width: 40, value: (row) => row.reviewReason },
  ],
};
