/**
 * The one logger of the extension. Every line starts with `[framelens:<scope>]` so a reader can
 * filter the browser console; nothing else in the code calls `console` directly.
 */

/** Log levels, lowest first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where lines go: the console by default, a spy in tests. */
export type LogSink = Pick<Console, LogLevel>;

/** A scoped logger. */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

// Debug lines are for development builds only; the published extension stays quiet.
const DEFAULT_MIN_LEVEL: LogLevel = import.meta.env?.DEV ? 'debug' : 'info';

/** Creates a logger whose lines are prefixed with `[framelens:<scope>]`. */
export function createLogger(
  scope: string,
  options: { sink?: LogSink; minLevel?: LogLevel } = {},
): Logger {
  const sink = options.sink ?? console;
  const min = LOG_LEVELS.indexOf(options.minLevel ?? DEFAULT_MIN_LEVEL);
  const prefix = `[framelens:${scope}]`;
  const at =
    (level: LogLevel) =>
    (message: string, ...details: unknown[]): void => {
      if (LOG_LEVELS.indexOf(level) < min) return;
      sink[level](`${prefix} ${message}`, ...details);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
