/**
 * The {@code faultline} command line. Commands parse options (picocli), assemble the one pipeline
 * definition and open the store, then print data on stdout and messages on stderr. Exit codes follow
 * the contract: 0 ok, 1 failure (including inputs that had to be skipped), 2 bad usage.
 */
package dev.faultline.cli;
