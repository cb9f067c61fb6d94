/**
 * What reading input returns and accepts: the {@link io.solvereign.api.io.InputFormat}s, the
 * per-line verdicts of a {@link io.solvereign.api.io.ParseResult}, the import gate, the size
 * limits ({@link io.solvereign.api.io.ReadLimits}) and the built-in example week. The parsers and
 * JSON codecs behind them are not part of the API; call {@link io.solvereign.api.Forecasts} and
 * {@link io.solvereign.api.Plans}.
 */
package io.solvereign.api.io;
