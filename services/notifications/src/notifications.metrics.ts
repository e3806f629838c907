import { Counter, Histogram } from '@pdo/service-kit';

export const emailsSent = new Counter({
  name: 'pdo_emails_sent_total',
  help: 'E-mails the SMTP server accepted',
});

export const emailsFailed = new Counter({
  name: 'pdo_emails_failed_total',
  help: 'Attempts to send an e-mail that failed (each is retried later by the delivery policy)',
});

export const pdfsRendered = new Counter({
  name: 'pdo_pdfs_rendered_total',
  help: 'PDF documents rendered, for a download or an attachment, by kind',
  labelNames: ['document'] as const,
});

export const pdfRenderDuration = new Histogram({
  name: 'pdo_pdf_render_duration_seconds',
  help: 'Time to render one PDF document, by kind',
  labelNames: ['document'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});
