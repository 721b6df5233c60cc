import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs. Personal data never goes into a log line: we log ids of requests and
 * operations, counts and timings. The redact list is a safety net for fields that must never leak
 * should someone log an object carelessly.
 */
export const createLogger = (service: string, level = 'info'): Logger =>
  pino({
    name: service,
    level,
    base: { service },
    redact: {
      paths: [
        'pin',
        '*.pin',
        'firstName',
        'lastName',
        'patronymic',
        'phone',
        '*.phone',
        'address',
        'authorization',
        'headers.authorization',
        'req.headers.authorization',
        'token',
        'variables',
      ],
      censor: '[redacted]',
    },
  });

export type { Logger };
