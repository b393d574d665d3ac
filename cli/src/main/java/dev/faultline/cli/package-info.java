/**
 * The {@code faultline} command line: picocli adapters over the application ({@code dev.faultline.app}). Commands
 * parse options, open the store, run the application's jobs or read its corpus model, then print its views on stdout
 * and messages on stderr; the {@code eval} and {@code bench} runners live beside them. Exit codes follow
 * the contract: 0 ok, 1 failure (including inputs that had to be skipped), 2 bad usage.
 */
package dev.faultline.cli;
