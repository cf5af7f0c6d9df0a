/**
 * The edges of the library towards files and people: text echoed from input made safe to show
 * ({@link nl.stagematch.core.io.SafeText}), files written completely or not at all ({@link
 * nl.stagematch.core.io.AtomicFiles}), and input files checked before they are read ({@link
 * nl.stagematch.core.io.InputFiles}).
 */
package nl.stagematch.core.io;
