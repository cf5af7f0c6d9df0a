/**
 * The {@code stagematch} command line: {@link nl.stagematch.bench.cli.Main} and its explicitly
 * registered commands ({@code validate}, {@code sample}, ...).
 *
 * <p>Exit codes: 0 success, 2 bad input or arguments (with a message that says what and where), 1
 * only for a bug, 3 unsupported. Parameters and return values are non-null unless documented
 * otherwise.
 */
package nl.stagematch.bench.cli;
