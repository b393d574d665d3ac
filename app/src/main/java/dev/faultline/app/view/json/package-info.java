/**
 * The contract's JSON shapes ({@code ../shared/contracts/README.md}), written with Jackson. Each
 * record type has one mapper here; JSON Schema files under {@code schema/} describe the same shapes
 * and tests validate real output against them.
 */
package dev.faultline.cli.json;
